// Picks the slices of Noto Sans SC (@fontsource, OFL-1.1) that a social card's text needs, as satori's fonts.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { create } from "fontkitten";
import { z } from "zod";
// Imported, not read from disk: an import puts the font package in the social cards' cache key (src/lib/cards/cache.ts).
import unicodeJson from "@fontsource/noto-sans-sc/unicode.json" with { type: "json" };
import { woffToSfnt } from "./woff.ts";

export type CardFontWeight = 400 | 700;

/** A font slice in the shape satori's `fonts` option takes. */
export interface CardFont {
  /** Unique per slice: satori keeps one face per family and weight, so slices sharing a name would shadow each other. */
  name: string;
  weight: CardFontWeight;
  style: "normal";
  data: Buffer;
  /** The slice file, for diagnostics. */
  sourceFile: string;
}

export interface CodePointRange {
  readonly from: number;
  readonly to: number;
}

export interface FontSlice {
  /** "12" for the numbered CJK slices, "latin" etc. for the named ones. */
  readonly id: string;
  readonly ranges: readonly CodePointRange[];
}

/** A font family shipped as unicode-range slices, the way @fontsource splits CJK fonts. */
export interface SlicedFontFamily {
  readonly family: string;
  /** Highest priority first, the order a browser tries overlapping unicode-ranges in. */
  readonly slices: readonly FontSlice[];
  readonly fileFor: (slice: FontSlice, weight: CardFontWeight) => string;
}

/** Text drawn at one weight; the renderer collects one run per text element. */
export interface TextRun {
  readonly text: string;
  readonly weight: CardFontWeight;
}

const requireHere = createRequire(import.meta.url);
const UnicodeJsonSchema = z.record(z.string(), z.string());
const RANGE_PATTERN = /^U\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?$/i;

/** Parses a CSS unicode-range value ("U+4e00-4e0f,U+ff1a"). */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value.split(",").map((part) => {
    const match = RANGE_PATTERN.exec(part.trim());
    if (!match?.[1]) throw new Error(`Unparseable unicode-range part "${part}".`);
    const from = Number.parseInt(match[1], 16);
    const to = match[2] ? Number.parseInt(match[2], 16) : from;
    return { from, to };
  });
}

export function sliceCovers(slice: FontSlice, codePoint: number): boolean {
  return slice.ranges.some((range) => codePoint >= range.from && codePoint <= range.to);
}

/** unicode.json keys are "[12]" for numbered slices and plain subset names otherwise; files drop the brackets. */
function sliceId(key: string): string {
  return key.replace(/^\[(\d+)\]$/, "$1");
}

/**
 * Reads @fontsource/noto-sans-sc's unicode.json. Its key order is the CSS declaration order, and CSS tries
 * the last-declared face first where unicode-ranges overlap, so the slices are reversed to get priority order.
 */
async function readNotoSansSc(): Promise<SlicedFontFamily> {
  const filesDir = join(dirname(requireHere.resolve("@fontsource/noto-sans-sc/unicode.json")), "files");
  const table = UnicodeJsonSchema.parse(unicodeJson);
  const slices = Object.entries(table)
    .map(([key, range]): FontSlice => ({ id: sliceId(key), ranges: parseUnicodeRange(range) }))
    .reverse();
  // WOFF rather than WOFF2: zlib (node:zlib, native) unpacks it; WOFF2 needs a brotli and glyf-transform decoder.
  const fileFor = (slice: FontSlice, weight: CardFontWeight): string =>
    join(filesDir, `noto-sans-sc-${slice.id}-${weight}-normal.woff`);
  return { family: "Noto Sans SC", slices, fileFor };
}

let notoSansSc: Promise<SlicedFontFamily> | undefined;

export function loadNotoSansSc(): Promise<SlicedFontFamily> {
  notoSansSc ??= readNotoSansSc();
  return notoSansSc;
}

const sourceFonts = new Map<string, Promise<Buffer>>();

/** Each slice file is read and unpacked from WOFF once per process; concurrent callers share the pending work. */
export function readSourceFont(path: string): Promise<Buffer> {
  let pending = sourceFonts.get(path);
  if (!pending) {
    pending = readFile(path).then((woff) => woffToSfnt(woff, path));
    sourceFonts.set(path, pending);
    pending.catch(() => sourceFonts.delete(path));
  }
  return pending;
}

/** Reads every slice file of the given weights up front, so later renders pay only for layout. */
export async function preloadFamily(family: SlicedFontFamily, weights: readonly CardFontWeight[]): Promise<void> {
  await Promise.all(weights.flatMap((weight) => family.slices.map((slice) => readSourceFont(family.fileFor(slice, weight)))));
}

/** satori lower-cases family names and splits its internal keys at "_", so names stay plain. */
export function sliceFamilyName(family: SlicedFontFamily, slice: FontSlice): string {
  return `${family.family.replace(/[^A-Za-z0-9]+/g, "")}-${slice.id}`;
}

/** Every slice family in priority order, for a CSS font-family list. */
export function familyStack(family: SlicedFontFamily): string[] {
  return family.slices.map((slice) => sliceFamilyName(family, slice));
}

interface Bucket {
  slice: FontSlice;
  weight: CardFontWeight;
  chars: Set<string>;
}

/**
 * Routes each character to every slice whose unicode-range claims it: ranges overlap and a claimed character
 * is not always in the file, so a glyph check decides (fontsFor), as a browser's fallback would.
 */
export function bucketRuns(family: SlicedFontFamily, runs: readonly TextRun[]): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const run of runs) {
    for (const char of run.text) {
      const codePoint = char.codePointAt(0) ?? 0;
      for (const slice of family.slices) {
        if (!sliceCovers(slice, codePoint)) continue;
        const key = `${slice.id}@${run.weight}`;
        let bucket = buckets.get(key);
        if (!bucket) {
          bucket = { slice, weight: run.weight, chars: new Set() };
          buckets.set(key, bucket);
        }
        bucket.chars.add(char);
      }
    }
  }
  return [...buckets.values()];
}

/** A slice's unicode-range can claim characters its file has no glyph for; such a slice draws nothing. */
function drawsAny(data: Buffer, chars: ReadonlySet<string>): boolean {
  const font = create(data);
  if (font.isCollection) return false;
  return [...chars].some((char) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
}

/**
 * The fonts satori needs to draw `runs`: every slice file that has a glyph for a character routed to it,
 * whole. A slice holds a few hundred glyphs, so cutting it down further does not pay: subsetting with
 * harfbuzz took longer than satori's parse of the whole slice, and its WebAssembly memory added about
 * 65 MiB to the build.
 */
export async function fontsFor(runs: readonly TextRun[], family?: SlicedFontFamily): Promise<CardFont[]> {
  const source = family ?? (await loadNotoSansSc());
  const fonts = await Promise.all(
    bucketRuns(source, runs).map(async ({ slice, weight, chars }): Promise<CardFont | undefined> => {
      const sourceFile = source.fileFor(slice, weight);
      const data = await readSourceFont(sourceFile);
      return drawsAny(data, chars) ? { name: sliceFamilyName(source, slice), weight, style: "normal", data, sourceFile } : undefined;
    }),
  );
  return fonts.filter((font) => font !== undefined);
}
