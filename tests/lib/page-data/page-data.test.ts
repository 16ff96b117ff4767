// Each route's page data, from a paper object: what shows on which page follows the language pair.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { languagePair } from "../../../src/lib/i18n/language-pair.ts";
import { LANGS, perLang, type Lang } from "../../../src/lib/i18n/locales.ts";
import { parseMetadata } from "../../../src/lib/inputs/metadata.ts";
import { loadPaperInputs } from "../../../src/lib/paper/inputs.ts";
import type { Paper } from "../../../src/lib/paper/paper.ts";
import { readFromDisk } from "../../../src/lib/inputs/read.ts";
import { landingPageData } from "../../../src/lib/page-data/landing-page.ts";
import { paperPageData } from "../../../src/lib/page-data/paper-page.ts";
import { parallelPageData } from "../../../src/lib/page-data/parallel-page.ts";

const info = { site: new URL("https://example.github.io"), base: "/paper-site/", pdf: false };

/** The seed's inputs, with either language as the original; the versions are stand-ins (page data only passes them on). */
function paper(original: Lang): Paper {
  const metadata = { ...parseMetadata(readFileSync("content/metadata.yaml", "utf8")), original };
  const version = (lang: Lang) => ({ lang, file: `content/paper/${lang}.md`, abstract: `abstract ${lang}`, structure: [], html: `<p>${lang}</p>`, headings: [], blocks: [] });
  return { pair: languagePair(original), metadata, inputs: loadPaperInputs(readFromDisk(process.cwd())), versions: perLang(version), references: [] };
}

describe.each(LANGS)("with the original in %s", (original) => {
  const p = paper(original);
  const translation = p.pair.translation;

  it("lists the translator's notes on the translation's page only, and its contents say so", () => {
    expect(p.inputs.translatorNotes.length).toBeGreaterThan(0);
    const onOriginal = paperPageData(p, original, info);
    const onTranslation = paperPageData(p, translation, info);
    expect(onOriginal.translatorNotes).toEqual([]);
    expect(onTranslation.translatorNotes).toEqual(p.inputs.translatorNotes);
    expect(onOriginal.backMatter.map((l) => l.slug)).not.toContain("translator-notes-title");
    expect(onTranslation.backMatter.map((l) => l.slug)).toContain("translator-notes-title");
    // Corrections are listed on both pages: they are about the text both versions give.
    expect(onOriginal.corrections).toEqual(p.inputs.corrections);
    expect(onTranslation.corrections).toEqual(p.inputs.corrections);
  });

  it("links each version to the other as its original or its translation", () => {
    expect(paperPageData(p, translation, info).counterpart).toMatchObject({ lang: original });
    expect(paperPageData(p, translation, info).record.isOriginal).toBe(false);
    expect(paperPageData(p, original, info).counterpart).toMatchObject({ lang: translation });
    expect(paperPageData(p, original, info).record.isOriginal).toBe(true);
  });

  it("gives the side-by-side view the corrections beside the original and the notes beside the translation", () => {
    const data = parallelPageData(p, translation, info);
    expect(data.notes[original]).toEqual({ corrections: p.inputs.corrections, translatorNotes: [] });
    expect(data.notes[translation]).toEqual({ corrections: [], translatorNotes: p.inputs.translatorNotes });
    expect(data.bodies).toEqual(perLang((l) => `<p>${l}</p>`));
  });

  it("gives the side-by-side view the scholarly record of its interface language's paper page", () => {
    for (const lang of LANGS) {
      const data = parallelPageData(p, lang, info);
      expect(data.record).toEqual(paperPageData(p, lang, info).record);
      expect(data.counterpart).toEqual(paperPageData(p, lang, info).counterpart);
    }
  });

  it("formats the paper's own citation and links the PDF only when it is built", () => {
    const data = paperPageData(p, original, info);
    expect(data.citation).toContain(p.metadata.title[original]);
    expect(data.pdfPath).toBeUndefined();
    expect(paperPageData(p, original, { ...info, pdf: true }).pdfPath).toBe(`${original}/paper.pdf`);
  });

  it("gives the side-by-side view the paper page's citation, glossary and PDF, and contents by its own ids", () => {
    const data = parallelPageData(p, translation, info);
    expect(data.citation).toBe(paperPageData(p, translation, info).citation);
    expect(data.glossary).toEqual(p.inputs.glossary);
    expect(data.pdfPath).toBeUndefined();
    expect(parallelPageData(p, translation, { ...info, pdf: true }).pdfPath).toBe(`${translation}/paper.pdf`);
    const slugs = data.backMatter.map((l) => l.slug);
    // The corrections sit at the foot of the original's column, whose ids the translation's view prefixes.
    if (p.inputs.corrections.length > 0) expect(slugs).toContain(`${original}--editor-notes-title`);
    expect(slugs).toContain("references-title");
    expect(slugs.at(-1)).toBe("cite-title");
    expect(data.headings.every((h) => h.slug.startsWith("sec-"))).toBe(true);
  });

  it("starts the landing page with the original, and links both PDFs only when they are built", () => {
    expect(landingPageData(p, info).pair.langs[0]).toBe(original);
    expect(landingPageData(p, info).card.id).toBe("root");
    expect(landingPageData(p, info).pdfPaths).toEqual(perLang(() => undefined));
    expect(landingPageData(p, { ...info, pdf: true }).pdfPaths).toEqual(perLang((l) => `${l}/paper.pdf`));
  });
});
