// Renders a page's 1200×630 social-card PNG at build time: satori lays the card out to SVG, resvg rasterizes it.
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { z } from "zod";
import { familyStack, fontsFor, loadNotoSansSc } from "./fonts.ts";
import type { CardFont, CardFontWeight, SlicedFontFamily, TextRun } from "./fonts.ts";
import { describeCharacters, missingCharacters } from "./glyph-coverage.ts";
import { breakUnits } from "../typography/words.ts";
import { LANGS, LOCALES, MULTILINGUAL, langOfScript, type Lang, type Script } from "../i18n/locales.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "./social-meta.ts";
import { boundCardText } from "./card-text.ts";

export const SocialCardSchema = z.object({
  /** Names the card in error messages, e.g. "zh" or "og/en.png". */
  id: z.string().min(1),
  /** MULTILINGUAL ("mul") is the bilingual root page. */
  lang: z.enum([...LANGS, MULTILINGUAL]),
  /** In the page's language. */
  title: z.string().trim().min(1),
  /** The other language's title, drawn smaller. */
  secondaryTitle: z.string().trim().min(1).optional(),
  siteName: z.string().trim().min(1),
  /** "中文", "English" or "中文 · English". */
  languageLabel: z.string().trim().min(1),
  /** Shown as text only, so it need not be absolute. */
  url: z.string().trim().min(1).optional(),
  /** Terms a title line never breaks inside (see breakUnits); only those the titles use. */
  keepTogether: z.array(z.string().min(1)).optional(),
});

export type SocialCard = z.infer<typeof SocialCardSchema>;

const PALETTE = {
  paper: "#fbfaf7",
  ink: "#1d1f23",
  muted: "#50555c",
  accent: "#0f5e63",
  hairline: "#dcd8cf",
} as const;

const PAD_X = 72;
const BAR_WIDTH = 16;
const CONTENT_WIDTH = CARD_WIDTH - BAR_WIDTH - 2 * PAD_X;
const TITLE_LINES = 3;
/** Below this a title is no longer legible in a small link preview; longer titles are clamped instead. */
const MIN_TITLE_SIZE = 56;
const TITLE_SIZES = [72, 66, 60, MIN_TITLE_SIZE] as const;
const TITLE_LINE_HEIGHT = 1.2;
const TITLE_WEIGHT: CardFontWeight = 700;
const BODY_WEIGHT: CardFontWeight = 400;

type CardStyle = Record<string, string | number>;

/** satori's element shape, written out so the module needs neither JSX nor React. */
export interface CardElement {
  type: "div";
  key: null;
  props: { style: CardStyle; lang?: string; children?: string | CardElement[] };
}

function div(style: CardStyle, children: string | CardElement[], lang?: string): CardElement {
  return { type: "div", key: null, props: lang ? { style, lang, children } : { style, children } };
}

/**
 * The lang attribute satori segments a text by and orders its fonts by: satori knows region-qualified
 * locales (zh-CN, ja-JP …) and nothing else, which is the form of the CSL locale.
 */
function cardLocale(lang: Lang): string {
  return LOCALES[lang].cslLocale;
}

/** The bilingual root has no single language; its text elements carry their own. */
function rootLang(lang: SocialCard["lang"]): string | undefined {
  return lang === MULTILINGUAL ? undefined : cardLocale(lang);
}

/** A character of each script that is not Latin, by which a text is recognised as being in that script. */
const SCRIPT_CHAR: Record<Exclude<Script, "latin">, RegExp> = { han: /\p{Script=Han}/u };

/** The language a card text is in: the first language whose non-Latin script the text uses, or else the Latin-script one. */
export function textLang(text: string): Lang {
  const lang = LANGS.find((l) => {
    const script = LOCALES[l].script;
    return script !== "latin" && SCRIPT_CHAR[script].test(text);
  });
  return lang ?? langOfScript("latin") ?? LANGS[0];
}

const isLatin = (text: string) => LOCALES[textLang(text)].script === "latin";

export interface TitleFit {
  size: number;
  /** False when even the smallest size needs more than TITLE_LINES lines, so the title is clamped. */
  fits: boolean;
  /** The width to set each title in (one, or both on the bilingual card): the narrowest that keeps its number of lines, so the lines come out even. */
  widths: number[];
}

/** How many lines satori sets the title in at this size and width, from the height of the SVG it returns. */
async function lineCount(title: string, size: number, width: number, fonts: readonly CardFont[], fontFamily: readonly string[], keep: readonly string[]): Promise<number> {
  const style = { ...titleStyle(title, size), fontFamily: fontFamily.join(", ") };
  const svg = await satori(titleBlock(title, style, width, keep), { width, fonts: [...fonts] });
  return Math.round(svgHeight(svg) / (size * TITLE_LINE_HEIGHT));
}

/** Balance, as CSS text-wrap: balance does, by narrowing the column while the line count holds. */
async function balanced(title: string, size: number, lines: number, fonts: readonly CardFont[], fontFamily: readonly string[], keep: readonly string[]): Promise<number> {
  if (lines < 2) return CONTENT_WIDTH;
  let width = CONTENT_WIDTH;
  for (const share of [0.9, 0.8, 0.7, 0.6]) {
    const narrower = Math.round(CONTENT_WIDTH * share);
    if ((await lineCount(title, size, narrower, fonts, fontFamily, keep)) > lines) break;
    width = narrower;
  }
  return width;
}

/** Bold Latin at display sizes reads better slightly tightened; ideographs sit on an even grid and are left alone. */
function titleStyle(title: string, size: number): CardStyle {
  return {
    fontSize: size,
    lineHeight: TITLE_LINE_HEIGHT,
    fontWeight: TITLE_WEIGHT,
    letterSpacing: isLatin(title) ? -0.01 * size : 0,
  };
}

/**
 * The title as a row of units that wraps only between them: satori's own line breaking (UAX #14) breaks
 * Chinese between any two characters, inside words (发/展), and its "keep-all" breaks before punctuation.
 * Units come from Intl.Segmenter (src/lib/typography/words.ts), as on the web pages; a space between
 * English words becomes a margin. `width` narrower than the column evens out the lines (see balanced()).
 */
export function titleBlock(title: string, style: CardStyle, width?: number, keep: readonly string[] = []): CardElement {
  const pieces = breakUnits(title, textLang(title), keep);
  const space = Number(style["fontSize"] ?? 0) * 0.26;
  const units = pieces.flatMap((piece, i): CardElement[] =>
    /^\s+$/u.test(piece) ? [] : [div({ whiteSpace: "nowrap", flexShrink: 0, marginRight: /^\s+$/u.test(pieces[i + 1] ?? "") ? space : 0 }, piece)],
  );
  return div({ ...style, display: "flex", flexWrap: "wrap", ...(width ? { width } : {}) }, units, cardLocale(textLang(title)));
}

/** satori sizes the SVG to its content when given no height, which tells how many lines the text wrapped to. */
function svgHeight(svg: string): number {
  const height = /^<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1];
  if (!height) throw new Error("satori returned an SVG without a height.");
  return Number(height);
}

/**
 * The largest title size at which the title wraps to at most TITLE_LINES lines, found by laying the title
 * out alone with satori itself, so the answer matches its line breaking exactly. Longer titles keep the
 * smallest size and are cut after the last whole line that fits.
 */
export async function fitTitle(title: string, fonts: readonly CardFont[], fontFamily: readonly string[], keep: readonly string[] = []): Promise<TitleFit> {
  for (const size of TITLE_SIZES) {
    const lines = await lineCount(title, size, CONTENT_WIDTH, fonts, fontFamily, keep);
    if (lines <= TITLE_LINES) return { size, fits: true, widths: [await balanced(title, size, lines, fonts, fontFamily, keep)] };
  }
  return { size: MIN_TITLE_SIZE, fits: false, widths: [CONTENT_WIDTH] };
}

/** Sizes for the bilingual card's two titles, set alike; together they take at most PAIR_LINES lines. */
const PAIR_SIZES = [60, 56, 52, 48, 44, 40] as const;
const PAIR_LINES = 5;

/** The largest common size at which both titles fit the bilingual card together (equal weight, neither demoted). */
export async function fitPair(titles: readonly [string, string], fonts: readonly CardFont[], fontFamily: readonly string[], keep: readonly string[] = []): Promise<TitleFit> {
  for (const size of PAIR_SIZES) {
    const lines = await Promise.all(titles.map((t) => lineCount(t, size, CONTENT_WIDTH, fonts, fontFamily, keep)));
    if (lines.reduce((a, b) => a + b, 0) <= PAIR_LINES) {
      return { size, fits: true, widths: await Promise.all(titles.map((t, i) => balanced(t, size, lines[i] ?? 1, fonts, fontFamily, keep))) };
    }
  }
  return { size: PAIR_SIZES.at(-1) ?? 40, fits: false, widths: [CONTENT_WIDTH, CONTENT_WIDTH] };
}

/** At most `lines` lines of a title block; what does not fit is cut at a line break (never inside a word). */
function clamped(lines: number, size: number, lineHeight: number): CardStyle {
  return { maxHeight: Math.floor(lines * size * lineHeight), overflow: "hidden" };
}

function header(card: SocialCard): CardElement {
  return div(
    { display: "flex", alignItems: "center", gap: 20, color: PALETTE.accent, fontSize: 30, fontWeight: TITLE_WEIGHT },
    [div({ width: 56, height: 6, backgroundColor: PALETTE.accent }, []), div({}, card.languageLabel, cardLocale(textLang(card.languageLabel)))],
  );
}

/**
 * A language card: its title large, the other language's below it, smaller and muted. The bilingual card:
 * both titles at one size, weight and colour, the original's first, each in its own language.
 */
function titles(card: SocialCard, fit: TitleFit): CardElement {
  const [width, secondWidth] = fit.widths;
  const keep = card.keepTogether ?? [];
  const main = (text: string, w: number | undefined, lines: number) =>
    titleBlock(text, { ...titleStyle(text, fit.size), color: PALETTE.ink, ...(fit.fits ? {} : clamped(lines, fit.size, TITLE_LINE_HEIGHT)) }, w, keep);
  if (card.lang === MULTILINGUAL && card.secondaryTitle) {
    return div({ display: "flex", flexDirection: "column", gap: 28 }, [main(card.title, width, 2), main(card.secondaryTitle, secondWidth, 3)]);
  }
  const title = main(card.title, width, TITLE_LINES);
  if (!card.secondaryTitle) return div({ display: "flex", flexDirection: "column" }, [title]);
  const secondary = titleBlock(
    card.secondaryTitle,
    { marginTop: 24, fontSize: 32, lineHeight: 1.3, fontWeight: BODY_WEIGHT, color: PALETTE.muted, ...clamped(2, 32, 1.3) },
    undefined,
    keep,
  );
  return div({ display: "flex", flexDirection: "column" }, [title, secondary]);
}

function footer(card: SocialCard): CardElement {
  const parts = [div({ fontWeight: TITLE_WEIGHT, color: PALETTE.ink }, card.siteName, cardLocale(textLang(card.siteName)))];
  if (card.url) parts.push(div({ fontWeight: BODY_WEIGHT, color: PALETTE.muted, fontSize: 24 }, card.url, cardLocale(textLang(card.url))));
  return div(
    {
      display: "flex",
      justifyContent: "space-between",
      alignItems: "baseline",
      gap: 32,
      paddingTop: 24,
      borderTop: `2px solid ${PALETTE.hairline}`,
      fontSize: 28,
    },
    parts,
  );
}

/** The card's element tree; font-family lists every slice so satori falls back through them in priority order. */
export function cardTree(card: SocialCard, fontFamily: readonly string[], fit: TitleFit): CardElement {
  const page = div(
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      flexGrow: 1,
      padding: `56px ${PAD_X}px 48px`,
    },
    [div({ display: "flex", flexDirection: "column", gap: 36 }, [header(card), titles(card, fit)]), footer(card)],
  );
  return div(
    {
      display: "flex",
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: PALETTE.paper,
      fontFamily: fontFamily.join(", "),
    },
    [div({ width: BAR_WIDTH, backgroundColor: PALETTE.accent }, []), page],
    rootLang(card.lang),
  );
}

/** Every string the card draws, at the weight it is drawn in. */
export function cardTextRuns(card: SocialCard): TextRun[] {
  const runs: TextRun[] = [
    { text: card.languageLabel, weight: TITLE_WEIGHT },
    { text: card.title, weight: TITLE_WEIGHT },
    { text: card.siteName, weight: TITLE_WEIGHT },
  ];
  if (card.secondaryTitle) runs.push({ text: card.secondaryTitle, weight: card.lang === MULTILINGUAL ? TITLE_WEIGHT : BODY_WEIGHT });
  if (card.url) runs.push({ text: card.url, weight: BODY_WEIGHT });
  return runs;
}

/** Missing glyphs are checked per weight: a character present only in the regular face still draws as tofu in bold. */
export function findMissingGlyphs(runs: readonly TextRun[], fonts: readonly CardFont[]): string[] {
  const missing = new Set<string>();
  for (const weight of new Set(runs.map((run) => run.weight))) {
    const text = runs.filter((run) => run.weight === weight).map((run) => run.text).join("");
    const faces = fonts.filter((font) => font.weight === weight).map((font) => font.data);
    for (const char of missingCharacters(text, faces)) missing.add(char);
  }
  return [...missing];
}

export interface PreparedCard {
  card: SocialCard;
  fonts: CardFont[];
  tree: CardElement;
}

/** The card validated, with its text bounded (card-text.ts); what was changed is printed once, by code point. */
function parseCard(input: SocialCard): SocialCard {
  const result = SocialCardSchema.safeParse(input);
  if (result.success) {
    const { card, messages } = boundCardText(result.data);
    for (const message of messages) console.warn(message);
    return card;
  }
  const id = typeof input.id === "string" && input.id ? input.id : "(no id)";
  throw new Error(`Social card "${id}" is invalid: ${z.prettifyError(result.error)}`);
}

/** Validates the card, picks the font slices its text needs and fails if any character would draw as tofu. */
export async function prepareSocialCard(input: SocialCard, family?: SlicedFontFamily): Promise<PreparedCard> {
  const card = parseCard(input);
  const source = family ?? (await loadNotoSansSc());
  const runs = cardTextRuns(card);
  const fonts = await fontsFor(runs, source);
  const missing = findMissingGlyphs(runs, fonts);
  if (missing.length > 0) {
    throw new Error(
      `Social card "${card.id}" uses ${missing.length} character(s) with no glyph in ${source.family}: ${describeCharacters(missing)}.`,
    );
  }
  const used = new Set(fonts.map((font) => font.name));
  const fontFamily = familyStack(source).filter((name) => used.has(name));
  const keep = card.keepTogether ?? [];
  const fit =
    card.lang === MULTILINGUAL && card.secondaryTitle
      ? await fitPair([card.title, card.secondaryTitle], fonts, fontFamily, keep)
      : await fitTitle(card.title, fonts, fontFamily, keep);
  return { card, fonts, tree: cardTree(card, fontFamily, fit) };
}

export function socialCardSvg(prepared: PreparedCard): Promise<string> {
  return satori(prepared.tree, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: prepared.fonts });
}

/** Text is already outlined in satori's SVG, so resvg needs no fonts of its own. */
export function svgToPng(svg: string): Uint8Array {
  const png = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The card as a 1200×630 PNG; `fonts` defaults to Noto Sans SC from @fontsource. */
export async function renderSocialCard(card: SocialCard, fonts?: SlicedFontFamily): Promise<Uint8Array> {
  return svgToPng(await socialCardSvg(await prepareSocialCard(card, fonts)));
}
