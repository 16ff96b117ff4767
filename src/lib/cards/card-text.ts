// Bounds a social card's text before layout: control characters removed, titles cut to a length no card can show, each change reported.
import type { SocialCard } from "./social-card.ts";

/**
 * Code points of a title laid out: a card shows at most three lines (about 55 Han characters or 110 Latin
 * ones at the smallest size), so nothing visible is lost, and satori's layout, which grows faster than the
 * length (2,000 characters took 8 s, 200,000 did not finish), stays well under a second.
 */
export const MAX_TITLE_CHARS = 160;

/** Any C0 or C1 control character, DEL included: never drawn, and never printed raw to a terminal. */
// eslint-disable-next-line no-control-regex
const CONTROL = /\p{Cc}/gu;

/** "U+001B", for naming a character that must not be printed as itself. */
export const codePoint = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** The text with tabs and line breaks as spaces and every other control character removed; and what was removed. */
export function withoutControls(text: string): { text: string; removed: string[] } {
  const removed = [...new Set(text.match(CONTROL) ?? [])];
  return { text: text.replace(/[\t\n\r]+/g, " ").replace(CONTROL, ""), removed };
}

/** The first `max` code points, cut back to the last space when the cut falls inside a Latin word, with an ellipsis. */
export function truncated(text: string, max = MAX_TITLE_CHARS): string {
  const chars = Array.from(text.slice(0, max * 2));
  if (chars.length <= max) return text;
  let kept = chars.slice(0, max).join("");
  const space = kept.lastIndexOf(" ");
  if (/[A-Za-z]$/.test(kept) && space > max / 2) kept = kept.slice(0, space);
  return `${kept.trimEnd()}…`;
}

const FIELDS = ["title", "secondaryTitle", "siteName", "languageLabel", "url"] as const;

/** The card with every text field bounded, and one message per field changed (naming characters by code point). */
export function boundCardText(card: SocialCard): { card: SocialCard; messages: string[] } {
  const messages: string[] = [];
  const bounded: SocialCard = { ...card };
  for (const field of FIELDS) {
    const value = card[field];
    if (value === undefined) continue;
    const clean = withoutControls(value);
    if (clean.removed.length > 0) messages.push(`Social card "${card.id}": removed control character(s) ${clean.removed.map(codePoint).join(", ")} from the ${field}.`);
    let text = clean.text;
    if (field === "title" || field === "secondaryTitle") {
      const length = Array.from(text.slice(0, MAX_TITLE_CHARS * 2)).length;
      text = truncated(text);
      if (length > MAX_TITLE_CHARS) messages.push(`Social card "${card.id}": the ${field} is longer than ${MAX_TITLE_CHARS} characters; the card shows its first ${MAX_TITLE_CHARS}.`);
    }
    bounded[field] = text;
  }
  return { card: bounded, messages };
}
