// The PDFs of the built site (BUILD_PDF=1 in the global setup): text, fonts, outline, metadata, page breaks.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ui } from "../../src/lib/i18n/ui.ts";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { flattenOutline, pageBodies, pageTexts, pdfCatalog, pdfFonts, pdfInfo } from "../support/pdf.ts";
import { fixtureProject } from "./support/fixture-project.ts";
import { loadPage } from "./support/site.ts";

const dist = inject("distDir");
const site = inject("site");
const base = inject("base");
const LANGS = ["zh", "en"] as const;
const pdf = (lang: string) => path.join(dist, lang, "paper.pdf");
/** Text compared without whitespace: pdftotext breaks lines where the page did. */
const squash = (s: string) => s.replace(/\s+/g, "");

/** The last sentence of the paper in that language, from its Markdown source. */
function lastSentence(lang: string): string {
  const paragraphs = readFileSync(`content/paper/${lang}.md`, "utf8").trim().split(/\n\s*\n/);
  const last = (paragraphs.at(-1) ?? "").replace(/\[@[^\]]+\]/g, "");
  const sentences = last.split(/(?<=[。.!?！？])\s*/).filter(Boolean);
  return sentences.at(-1) ?? "";
}

function headingsOf(lang: string): string[] {
  const $ = loadPage(dist, `${lang}/index.html`);
  return $("main :is(h1,h2,h3,h4)")
    .map((_, el) => {
      const h = $(el).clone();
      h.find(".editorial-mark, .counterpart").remove();
      return h.text().replace(/\s+/g, " ").trim();
    })
    .get();
}

describe("the PDF of each language", () => {
  for (const lang of LANGS) {
    const t = ui[lang];

    it(`${lang}: is A4, tagged, numbered "n / N" on every page, with title and language in its metadata`, async () => {
      const info = pdfInfo(pdf(lang));
      const pages = Number(info["Pages"]);
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(lang === "zh" ? 9 : 13);
      expect(info["Page size"]).toMatch(/\(A4\)/);
      expect(info["Tagged"]).toBe("yes");
      const $ = loadPage(dist, `${lang}/index.html`);
      expect(info["Title"]).toBe($("meta[name='DC.title']").attr("content"));
      // The metadata gives no authors, so the PDF names none.
      expect(info["Author"]).toBeUndefined();
      // The XMP packet, which poppler prints with -meta: the same title and language as the page.
      const xmp = execFileSync("pdfinfo", ["-meta", pdf(lang)], { encoding: "utf8" });
      expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${LOCALES[lang].tag}</rdf:li></rdf:Bag></dc:language>`);
      expect(xmp).toContain("<dc:title>");
      expect((await pdfCatalog(pdf(lang))).lang).toBe(LOCALES[lang].tag);
      const texts = pageTexts(pdf(lang));
      expect(texts).toHaveLength(pages);
      texts.forEach((text, i) => expect(squash(text), `page ${i + 1}`).toContain(`${i + 1}/${pages}`));
    });

    it(`${lang}: contains the abstract and the paper's last sentence`, () => {
      const text = squash(pageBodies(pdf(lang)).join("\n"));
      const abstract = loadPage(dist, `${lang}/index.html`)(`#abstract [data-source]`).text();
      expect(abstract.length).toBeGreaterThan(50);
      expect(text).toContain(squash(abstract));
      const sentence = lastSentence(lang);
      expect(sentence.length).toBeGreaterThan(20);
      expect(text).toContain(squash(sentence));
    });

    it(`${lang}: has an outline listing every section`, async () => {
      const outline = flattenOutline((await pdfCatalog(pdf(lang))).outline);
      const headings = headingsOf(lang);
      expect(headings.filter((h) => /^\d/.test(h)).length).toBeGreaterThan(10);
      expect(outline).toEqual(headings);
    });

    it(`${lang}: prints no site header, language switch, contents or badges`, () => {
      const furniture = [t.home, t.skipToContent, t.contents, t.counterpartMark, ui[lang === "zh" ? "en" : "zh"].languageName];
      pageTexts(pdf(lang)).forEach((text, i) => {
        for (const line of text.split("\n").map((l) => l.trim())) expect(furniture, `page ${i + 1}: "${line}"`).not.toContain(line);
      });
    });

    it(`${lang}: leaves no heading as the last line of a page`, () => {
      const headings = headingsOf(lang).map(squash);
      const texts = pageTexts(pdf(lang));
      texts.slice(0, -1).forEach((text, i) => {
        const lines = text.split("\n").map((l) => l.trim()).filter((l) => l && !/^\d+\s*\/\s*\d+$/.test(l));
        const last = squash(lines.at(-1) ?? "");
        expect(last.length, `page ${i + 1}`).toBeGreaterThan(0);
        const stranded = headings.find((h) => h === last || (last.length >= 4 && h.endsWith(last)));
        expect(stranded, `page ${i + 1} ends with the heading "${stranded}"`).toBeUndefined();
      });
    });

    it(`${lang}: is linked from the page, and named in its metadata`, () => {
      const $ = loadPage(dist, `${lang}/index.html`);
      const url = new URL(`${base}${lang}/paper.pdf`, site).href;
      expect($("a.pdf-link").attr("href")).toBe(`${base}${lang}/paper.pdf`);
      expect($("meta[name='citation_pdf_url']").attr("content")).toBe(url);
      const jsonLd = JSON.parse($("script[type='application/ld+json']").text()) as { encoding?: { contentUrl?: string } };
      expect(jsonLd.encoding?.contentUrl).toBe(url);
    });
  }

  it("zh: embeds its Chinese font as a real (TrueType) font, and no nameless Type 3 glyphs", () => {
    const fonts = pdfFonts(pdf("zh"));
    const cjk = fonts.filter((f) => /NotoSerifSC|CJK|SC/i.test(f.name));
    expect(cjk.length).toBeGreaterThan(0);
    for (const f of cjk) expect(f, f.name).toMatchObject({ type: "CID TrueType", embedded: true });
    expect(fonts.filter((f) => f.type === "Type 3")).toEqual([]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });
});

describe("BUILD_PDF=1 without a Chromium", () => {
  const project = fixtureProject();
  afterAll(() => project.dispose());

  it("fails the build, naming the path tried and how to set CHROMIUM_PATH", () => {
    const run = project.build({ BUILD_PDF: "1", CHROMIUM_PATH: "/nonexistent/chrome" });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("Tried: /nonexistent/chrome (CHROMIUM_PATH)");
    expect(run.output).toMatch(/set CHROMIUM_PATH to a Chromium or Chrome binary/);
  });
});
