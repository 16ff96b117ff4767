// Finds the author's ASCII spaces beside Han text, so a page can set them at the one Han–Latin gap without changing the text.

/** Han characters. */
const HAN = /\p{Script=Han}/u;
/** Full-width punctuation (。，、：；（）“” in a Chinese run), whose glyph already carries its own space. */
const FULL_WIDTH_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d]/u;
/** Latin letters and digits: what text-autospace separates from Han by its gap. */
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * How an author's space is set: `gap`, between Han and a Latin letter or digit, at the width text-autospace
 * gives the same pair unspaced (0.125 em); `punct`, beside full-width punctuation, at no width, because the
 * punctuation's glyph has its own space (an ASCII space after 。 left about 1.5 em with justification).
 */
export type HanSpace = "gap" | "punct";

export type HanSpacePiece = { text: string; space?: HanSpace };

/** The class names of a space's span, which typography.css sets at its width; the page's tree and its strings share them. */
export function hanSpaceClasses(space: HanSpace): string[] {
  return space === "gap" ? ["han-space"] : ["han-space", "after-punct"];
}

/** Which kind of space a run of ASCII spaces between `before` and `after` is, if it is one of them. */
export function hanSpaceKind(before: string, after: string): HanSpace | undefined {
  if (FULL_WIDTH_PUNCT.test(before) || FULL_WIDTH_PUNCT.test(after)) return "punct";
  if ((HAN.test(before) && LATIN_OR_DIGIT.test(after)) || (LATIN_OR_DIGIT.test(before) && HAN.test(after))) return "gap";
  return undefined;
}

/**
 * The text as pieces whose concatenation is the text: runs of ASCII spaces between a Han character and a Latin
 * letter or digit, or beside full-width punctuation, are pieces of their own with their kind. `before` and
 * `after` are the characters just outside the text (a neighbouring text node's), when there are any.
 */
export function hanSpacePieces(text: string, before = "", after = ""): HanSpacePiece[] {
  const pieces: HanSpacePiece[] = [];
  let at = 0;
  for (const match of text.matchAll(/ +/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    const prev = start > 0 ? [...text.slice(0, start)].at(-1) ?? "" : before;
    const next = end < text.length ? [...text.slice(end)][0] ?? "" : after;
    const space = prev && next ? hanSpaceKind(prev, next) : undefined;
    if (!space) continue;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: match[0], space });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}
