// Finds the characters of a text that none of the given fonts has a glyph for, by reading each font's cmap with fontkitten.
import { create } from "fontkitten";
import type { Font } from "fontkitten";

/** Whitespace is laid out as advance, not drawn, so a font lacking it leaves nothing visibly wrong. */
function needsGlyph(char: string): boolean {
  return !/^\s$/u.test(char);
}

function parseFont(data: Uint8Array, index: number): Font {
  const parsed = create(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  const font = parsed.isCollection ? parsed.fonts[0] : parsed;
  if (!font) throw new Error(`Font #${index} is an empty collection.`);
  try {
    // fontkitten swallows table decoding errors and then fails on first use; failing here names the font.
    void font.characterSet;
  } catch (cause) {
    throw new Error(`Font #${index} (${font.postscriptName}) has no readable cmap table.`, { cause });
  }
  return font;
}

/** The distinct characters of `text` (in order of first use) that no font in `fonts` maps to a glyph. */
export function missingCharacters(text: string, fonts: readonly Uint8Array[]): string[] {
  const parsed = fonts.map(parseFont);
  const missing = new Set<string>();
  for (const char of text) {
    if (missing.has(char) || !needsGlyph(char)) continue;
    const codePoint = char.codePointAt(0) ?? 0;
    if (!parsed.some((font) => font.hasGlyphForCodePoint(codePoint))) missing.add(char);
  }
  return [...missing];
}

/** "U+1F600", the notation unicode-range and the Unicode charts use. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `"😀" U+1F600, "" U+E000`: the character itself may be invisible, the code point never is. */
export function describeCharacters(chars: readonly string[]): string {
  return chars.map((char) => `"${char}" ${codePointLabel(char)}`).join(", ");
}
