// Social cards: real PNGs of the right size, real glyphs, loud failures on characters the fonts lack, only the font slices a card draws.
import { readFile } from "node:fs/promises";
import { create } from "fontkitten";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { familyStack, loadNotoSansSc, parseUnicodeRange, readSourceFont, fontsFor } from "../../../src/lib/cards/fonts.ts";
import { codePointLabel, missingCharacters } from "../../../src/lib/cards/glyph-coverage.ts";
import { cardTree, fitPair, fitTitle, renderSocialCard, titleBlock } from "../../../src/lib/cards/social-card.ts";
import { breakUnits } from "../../../src/lib/typography/words.ts";
import type { SocialCard } from "../../../src/lib/cards/social-card.ts";
import type { SlicedFontFamily } from "../../../src/lib/cards/fonts.ts";

const glyphCount = (data: Buffer) => {
  const font = create(data);
  return font.isCollection ? 0 : font.numGlyphs;
};

const ZH_TITLE = "互联网金融的业务模式与发展趋势：以蚂蚁金服为例";
const EN_TITLE = "The Business Model and Development Trend of Internet Finance: A Case Study of Ant Financial";
const SITE = "互联网金融论文 · Paper";

const zhCard: SocialCard = { id: "zh", lang: "zh", title: ZH_TITLE, secondaryTitle: EN_TITLE, siteName: SITE, languageLabel: "中文" };
const enCard: SocialCard = { id: "en", lang: "en", title: EN_TITLE, secondaryTitle: ZH_TITLE, siteName: SITE, languageLabel: "English" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which the PNG spec requires to come first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Decodes the PNG the renderer wrote by letting resvg draw it as an image, so no PNG decoder is hand-written. */
function decodePng(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The band the title is drawn in: below the language label, above the secondary title. */
const TITLE_BAND: Box = { x0: 60, y0: 130, x1: 1140, y1: 330 };

/** Pixels dark enough to be the ink colour rather than paper or the muted secondary text. */
function inkMask(pixels: Uint8Array, width: number, box: Box): boolean[] {
  const mask: boolean[] = [];
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * width + x) * 4;
      const luminance = 0.2126 * (pixels[i] ?? 255) + 0.7152 * (pixels[i + 1] ?? 255) + 0.0722 * (pixels[i + 2] ?? 255);
      mask.push(luminance < 90);
    }
  }
  return mask;
}

async function titleInk(card: SocialCard): Promise<boolean[]> {
  const png = await renderSocialCard(card);
  const { width, height } = pngSize(png);
  return inkMask(decodePng(png, width, height), width, TITLE_BAND);
}

const count = (mask: readonly boolean[]): number => mask.filter(Boolean).length;

describe("renderSocialCard", () => {
  it("writes a 1200×630 PNG for the Chinese and the English card", async () => {
    for (const card of [zhCard, enCard]) {
      const png = await renderSocialCard(card);
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.byteLength).toBeGreaterThan(10_000);
    }
  });

  it("draws real, distinct Chinese glyphs in the title, not blanks or tofu", async () => {
    const area = (TITLE_BAND.x1 - TITLE_BAND.x0) * (TITLE_BAND.y1 - TITLE_BAND.y0);
    const full = await titleInk(zhCard);
    expect(count(full) / area).toBeGreaterThan(0.05);

    // Two titles of the same length: tofu boxes would come out identical, real glyphs cannot.
    const a = await titleInk({ ...zhCard, title: "互联网金融" });
    const b = await titleInk({ ...zhCard, title: "蚂蚁金服例" });
    const differing = a.filter((ink, i) => ink !== b[i]).length;
    expect(count(a)).toBeGreaterThan(5_000);
    expect(differing / Math.max(count(a), count(b))).toBeGreaterThan(0.3);
  });

  it("names the card and every character the fonts lack, before rendering", async () => {
    const card: SocialCard = { ...zhCard, id: "broken-card", title: "蚂蚁金服 😀 \uE000 𠀀" };
    const error = await renderSocialCard(card).then(
      () => new Error("rendered a card with characters the fonts lack"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('"broken-card"');
    for (const label of ["U+1F600", "U+E000", "U+20000"]) expect(message).toContain(label);
    expect(message).not.toContain("U+8682"); // 蚂 is in the font
  });

  it("fails on a missing glyph in the secondary title or site name too", async () => {
    await expect(renderSocialCard({ ...enCard, secondaryTitle: "表情😀" })).rejects.toThrow(/"en".*U\+1F600/);
    await expect(renderSocialCard({ ...enCard, siteName: "Site \uE000" })).rejects.toThrow(/U\+E000/);
  });

  it("rejects an invalid card with its id", async () => {
    await expect(renderSocialCard({ ...zhCard, title: "   " })).rejects.toThrow(/"zh" is invalid/);
  });

  it("sizes titles to fit three lines and clamps only what cannot fit at 56px", async () => {
    const family = await loadNotoSansSc();
    const fit = async (title: string) => {
      const fonts = await fontsFor([{ text: title, weight: 700 }]);
      const used = new Set(fonts.map((font) => font.name));
      return fitTitle(title, fonts, familyStack(family).filter((name) => used.has(name)));
    };
    const zh = await fit(ZH_TITLE);
    expect(zh).toMatchObject({ size: 72, fits: true });
    // Balanced: set narrower than the 1040 px column, as long as it still takes the same two lines.
    expect(zh.widths[0]).toBeLessThan(1040);
    const en = await fit(EN_TITLE);
    expect(en.fits).toBe(true);
    expect(en.size).toBeGreaterThanOrEqual(56);
    expect(await fit(`${EN_TITLE} ${EN_TITLE}`)).toMatchObject({ size: 56, fits: false });
  });
});

describe("card layout", () => {
  it("lets a title break only between Intl.Segmenter words: each word is one unbreakable flex item", () => {
    const block = titleBlock(ZH_TITLE, { fontSize: 72 });
    const units = (block.props.children as { props: { style: Record<string, unknown>; children: string } }[]);
    expect(units.map((u) => u.props.children)).toEqual(breakUnits(ZH_TITLE, "zh"));
    expect(units.map((u) => u.props.children)).toContain("业务");
    expect(units.every((u) => u.props.style["whiteSpace"] === "nowrap" && u.props.style["flexShrink"] === 0)).toBe(true);
    expect(block.props.style["flexWrap"]).toBe("wrap");
    const en = titleBlock(EN_TITLE, { fontSize: 60 }).props.children as { props: { children: string } }[];
    expect(en.map((u) => u.props.children)).toContain("A Case");
  });

  it("keeps a term the card is given on one line, though the segmenter splits it", () => {
    const pieces = (keep: string[]) => (titleBlock(ZH_TITLE, { fontSize: 72 }, undefined, keep).props.children as { props: { children: string } }[]).map((u) => u.props.children);
    expect(pieces([])).toContain("互");
    expect(pieces(["互联网金融", "发展趋势"])).toEqual(expect.arrayContaining(["互联网金融", "与发展趋势："]));
    expect(pieces(["互联网金融", "蚂蚁金服"])).toEqual(expect.arrayContaining(["互联网金融", "以蚂蚁金服"]));
  });

  it("gives the bilingual card's two titles one size, weight and colour", async () => {
    const family = await loadNotoSansSc();
    const fonts = await fontsFor([{ text: ZH_TITLE + EN_TITLE, weight: 700 }]);
    const used = new Set(fonts.map((font) => font.name));
    const stack = familyStack(family).filter((name) => used.has(name));
    const fit = await fitPair([ZH_TITLE, EN_TITLE], fonts, stack);
    expect(fit.fits).toBe(true);
    expect(fit.widths).toHaveLength(2);
    const tree = cardTree({ id: "root", lang: "mul", title: ZH_TITLE, secondaryTitle: EN_TITLE, siteName: SITE, languageLabel: "中文 · English" }, stack, fit);
    const styles: Record<string, unknown>[] = [];
    const visit = (node: unknown): void => {
      const el = node as { props?: { style?: Record<string, unknown>; children?: unknown } };
      if (el.props?.style?.["flexWrap"] === "wrap") styles.push(el.props.style);
      if (Array.isArray(el.props?.children)) el.props.children.forEach(visit);
    };
    visit(tree);
    expect(styles).toHaveLength(2);
    for (const key of ["fontSize", "fontWeight", "color"]) expect(styles[0]?.[key], key).toBe(styles[1]?.[key]);
    // A language card keeps its hierarchy: the other language's title is smaller.
    const zhFit = await fitTitle(ZH_TITLE, fonts, stack);
    const zhStyles: Record<string, unknown>[] = [];
    const collect = (node: unknown): void => {
      const el = node as { props?: { style?: Record<string, unknown>; children?: unknown } };
      if (el.props?.style?.["flexWrap"] === "wrap") zhStyles.push(el.props.style);
      if (Array.isArray(el.props?.children)) el.props.children.forEach(collect);
    };
    collect(cardTree(zhCard, stack, zhFit));
    expect(Number(zhStyles[0]?.["fontSize"])).toBeGreaterThan(Number(zhStyles[1]?.["fontSize"]));
  });
});

describe("card fonts", () => {
  it("passes satori only the slices that draw the card's characters, each whole", async () => {
    const fonts = await fontsFor([{ text: ZH_TITLE, weight: 700 }]);
    const data = fonts.map((font) => font.data);
    expect(missingCharacters(ZH_TITLE, data)).toEqual([]);
    for (const font of fonts) {
      // The whole slice, unpacked from WOFF: as many glyphs as the file @fontsource ships.
      expect(glyphCount(font.data)).toBe(glyphCount(await readFile(font.sourceFile)));
      // Every slice passed has a glyph for one of the title's characters; none is passed only for its unicode-range.
      expect([...ZH_TITLE].some((char) => missingCharacters(char, [font.data]).length === 0)).toBe(true);
    }
  });

  it("leaves out a slice whose unicode-range claims a character its file has no glyph for", async () => {
    const family = await loadNotoSansSc();
    const latin = family.slices.find((slice) => slice.id === "latin");
    if (!latin) throw new Error("@fontsource/noto-sans-sc has no latin slice");
    // A family whose only slice claims 中 but is the Latin file.
    const claimsHan: SlicedFontFamily = {
      family: family.family,
      slices: [{ id: "latin", ranges: parseUnicodeRange("U+4E2D") }],
      fileFor: (_slice, weight) => family.fileFor(latin, weight),
    };
    expect(await fontsFor([{ text: "中", weight: 400 }], claimsHan)).toEqual([]);
    expect(await fontsFor([{ text: "中", weight: 400 }], family)).not.toEqual([]);
  });

  it("reads each source file once per process", async () => {
    const family = await loadNotoSansSc();
    const latin = family.slices.find((slice) => slice.id === "latin");
    expect(latin).toBeDefined();
    if (!latin) return;
    const path = family.fileFor(latin, 400);
    expect(readSourceFont(path)).toBe(readSourceFont(path));
  });

  it("tries overlapping slices in CSS order, the last declared first", async () => {
    const family = await loadNotoSansSc();
    expect(family.slices[0]?.id).toBe("latin");
    expect(family.slices.some((slice) => /^\d+$/.test(slice.id))).toBe(true);
  });

  it("parses CSS unicode-range values", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+4e00,U+1F600-1F64F")).toEqual([
      { from: 0, to: 0xff },
      { from: 0x4e00, to: 0x4e00 },
      { from: 0x1f600, to: 0x1f64f },
    ]);
    expect(() => parseUnicodeRange("U+4e??")).toThrow(/U\+4e\?\?/);
  });
});

describe("glyph coverage", () => {
  it("needs no glyph for whitespace", () => {
    expect(missingCharacters(" \t\n\u3000", [])).toEqual([]);
    expect(missingCharacters("a a", [])).toEqual(["a"]);
  });

  it("labels code points the way Unicode charts do, astral ones included", () => {
    expect(codePointLabel("A")).toBe("U+0041");
    expect(codePointLabel("😀")).toBe("U+1F600");
    expect(codePointLabel("𠀀")).toBe("U+20000");
  });
});
