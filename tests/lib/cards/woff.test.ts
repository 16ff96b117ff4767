// WOFF 1.0 unpacking: the TrueType file it gives is the font fontkitten reads from the WOFF itself.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { create, type Font } from "fontkitten";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "../../../src/lib/cards/woff.ts";

const require = createRequire(import.meta.url);
const slice = (name: string) => require.resolve(`@fontsource/noto-sans-sc/files/noto-sans-sc-${name}-normal.woff`);

function single(data: Buffer): Font {
  const font = create(data);
  if (font.isCollection) throw new Error("a collection");
  return font;
}

describe("woffToSfnt", () => {
  it.each(["latin-400", "latin-700", "119-700"])("unpacks the %s slice to the same font", async (name) => {
    const woff = await readFile(slice(name));
    const sfnt = woffToSfnt(woff, name);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // totalSfntSize from the WOFF header
    const [fromWoff, fromSfnt] = [single(woff), single(sfnt)];
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.postscriptName).toBe(fromWoff.postscriptName);
    expect(fromSfnt.characterSet).toEqual(fromWoff.characterSet);
    const glyph = fromSfnt.glyphForCodePoint(fromSfnt.characterSet[0] ?? 0);
    expect(glyph.advanceWidth).toBe(fromWoff.glyphForCodePoint(fromSfnt.characterSet[0] ?? 0).advanceWidth);
  });

  it("names the file when it is not WOFF or is cut short", async () => {
    const woff = await readFile(slice("latin-400"));
    expect(() => woffToSfnt(Buffer.from("not a font at all, just some text here..........."), "x.woff")).toThrow(/x\.woff: not a WOFF 1\.0 font/);
    expect(() => woffToSfnt(woff.subarray(0, woff.length - 100), "cut.woff")).toThrow(/cut\.woff: table .* runs past the end/);
  });
});
