// Cuts a title or heading into units a line may not break inside: words (Intl.Segmenter), with punctuation kept on its side.
import { LOCALES, type Lang } from "../i18n/locales.ts";

/** The language whose word boundaries and short words apply. */
export type TextLocale = Lang;

/** Punctuation that must stay with the word before it (closing marks, commas, full stops, colons). */
const CLOSING = /^[\p{Pe}\p{Pf}\p{Po}]+$/u;
/** Punctuation that must stay with the word after it (opening brackets and quotes). */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
/** Words too short to end a line in this language (“A / Case”): they go with the next word. */
const clinging = (locale: TextLocale, word: string) => (LOCALES[locale].clingingWords as readonly string[]).includes(word);

const segmenters = new Map<TextLocale, Intl.Segmenter>();
function segmenter(locale: TextLocale): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(LOCALES[locale].tag, { granularity: "word" })));
  return s;
}

/**
 * The text as a list of pieces whose concatenation is the text. A piece is either white space (where a
 * line may break as usual) or a unit to keep on one line; between two adjacent units a line may break
 * too, which is what Chinese needs. Units: each word, with closing punctuation after it and opening
 * punctuation before it; a clinging word of the language (English "a", "I", "an") with the word after it. `keep` lists
 * terms a line must not break inside, however the segmenter cuts them (its dictionary splits 互联网 and
 * 蚂蚁金服 into 互|联|网 and 蚂蚁|金|服).
 */
export function breakUnits(text: string, locale: TextLocale, keep: readonly string[] = []): string[] {
  const pieces = segmentUnits(text, locale);
  return keep.length > 0 ? joinKept(pieces, text, keep) : pieces;
}


/** Joins the units that a kept term spans, white space inside it too ("C 端", which keptTogether admits). */
function joinKept(pieces: readonly string[], text: string, keep: readonly string[]): string[] {
  const inside = new Set<number>();
  for (const term of keep) {
    if (term === "") continue;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      for (let k = at + 1; k < at + term.length; k++) inside.add(k);
    }
  }
  const out: string[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const last = out.length - 1;
    if (inside.has(offset) && last >= 0) out[last] += piece;
    else out.push(piece);
    offset += piece.length;
  }
  return out;
}

/** Intl.Segmenter's words, with punctuation and the language's clinging words attached as breakUnits describes. */
function segmentUnits(text: string, locale: TextLocale): string[] {
  const pieces: string[] = [];
  let pendingOpen = "";
  let glueNext = false;
  for (const { segment } of segmenter(locale).segment(text)) {
    const last = pieces.length - 1;
    if (/^\s+$/u.test(segment)) {
      if (glueNext && last >= 0) pieces[last] += segment;
      else pieces.push(segment);
      continue;
    }
    if (OPENING.test(segment)) {
      pendingOpen += segment;
      continue;
    }
    if (CLOSING.test(segment) && !pendingOpen && last >= 0 && !/^\s+$/u.test(pieces[last] ?? "")) {
      pieces[last] += segment;
      continue;
    }
    const unit = pendingOpen + segment;
    pendingOpen = "";
    if (glueNext && last >= 0) pieces[last] += unit;
    else pieces.push(unit);
    glueNext = clinging(locale, segment);
  }
  if (pendingOpen) pieces.push(pendingOpen);
  return pieces;
}

/** Whether a piece from breakUnits is a unit to keep whole (not white space, longer than one character). */
export function isUnit(piece: string): boolean {
  return !/^\s+$/u.test(piece) && [...piece].length > 1;
}
