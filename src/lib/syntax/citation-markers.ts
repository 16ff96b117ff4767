// Citation markers in the text ([@ref01; @ref02], pandoc's syntax), the numbering they imply, and
// GB/T 7714's compression of adjacent numbers ([3-5], [9,11-12]).
import { isCrossRefKey } from "./cross-ref-keys.ts";

const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?`;
/** A bracketed group that mentions a key: "[@a]", "[@a; @b]", or one the site cannot render ("[see @a, p. 3]"). */
const GROUP = new RegExp(String.raw`\[((?:[^\[\]]*?[\s;])?-?@${KEY}[^\[\]]*)\]`, "gu");
const PURE = new RegExp(String.raw`^\s*@(${KEY})\s*(?:;\s*@(${KEY})\s*)*$`, "u");
const EACH = new RegExp(String.raw`@(${KEY})`, "gu");

export interface Marker {
  /** Offset of "[" in the text, and of the character after "]". */
  start: number;
  end: number;
  keys: string[];
}

export class MarkerSyntaxError extends Error {
  readonly offset: number;
  readonly marker: string;
  constructor(offset: number, marker: string) {
    super(
      `the citation "${marker}" cannot be rendered: write citations as [@key] or [@key1; @key2], with no prefix, locator, suffix or "-@" (GB/T 7714 numbers cite whole works).`,
    );
    this.name = "MarkerSyntaxError";
    this.offset = offset;
    this.marker = marker;
  }
}

/** Every citation group in a run of text, in order. Throws MarkerSyntaxError on an unsupported one. */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const m of text.matchAll(GROUP)) {
    const inner = m[1] ?? "";
    const start = m.index;
    if (!PURE.test(inner)) throw new MarkerSyntaxError(start, m[0]);
    markers.push({ start, end: start + m[0].length, keys: [...inner.matchAll(EACH)].map((k) => k[1] ?? "") });
  }
  return markers;
}

/** Keys in order of first citation in a Markdown source (frontmatter and code spans are skipped). */
export function citationOrder(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/```[\s\S]*?```|`[^`\n]*`/g, "");
  const order: string[] = [];
  for (const line of body.split("\n")) {
    let markers: Marker[];
    try {
      markers = findMarkers(line);
    } catch {
      continue; // The page that holds it reports it, with its line.
    }
    for (const key of markers.flatMap((m) => m.keys)) if (!order.includes(key) && !isCrossRefKey(key)) order.push(key);
  }
  return order;
}

/** A run of the numbers in one citation: a single number, or a range "from-to" covering every number between. */
export interface Segment {
  from: number;
  to: number;
}

/**
 * GB/T 7714-2015 10.1.2.2: several works cited at one place are listed in one pair of brackets,
 * separated by commas, and consecutive numbers are joined by a short dash ([3-5], [9,11-12]).
 */
export function compress(numbers: number[]): Segment[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (const n of sorted) {
    const last = segments.at(-1);
    if (last && n === last.to + 1) last.to = n;
    else segments.push({ from: n, to: n });
  }
  return segments;
}

/** "[9,11-12]", the text a reader sees. */
export function markerText(segments: Segment[]): string {
  return `[${segments.map((s) => (s.from === s.to ? `${s.from}` : `${s.from}-${s.to}`)).join(",")}]`;
}
