// The seed's PDFs as a reader's tools extract them (pdftotext): page 1 in the order Scholar and Zotero's PDF
// recognizer read it, citation marks searchable as typed, placeholder references as one line, the glossary whole.
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { ui } from "../../src/lib/i18n/ui.ts";
import { pageTexts, pageWithLine, positions } from "../support/pdf.ts";
import { loadPage } from "./support/site.ts";

const dist = inject("distDir");
const pdf = (lang: string) => path.join(dist, lang, "paper.pdf");
const LANGS = ["zh", "en"] as const;

describe("the seed's PDFs, as text", () => {
  for (const lang of LANGS) {
    const t = ui[lang];
    const other = lang === "zh" ? "en" : "zh";

    it(`${lang}: page 1 gives the title, then the statement that the authors are not given, then what the citation lacks; the other title after them`, () => {
      const $ = loadPage(dist, `${lang}/index.html`);
      const title = $("meta[name='citation_title']").attr("content") ?? "";
      const otherTitle = loadPage(dist, `${other}/index.html`)("meta[name='citation_title']").attr("content") ?? "";
      const authors = $(".front .authors").text().trim();
      const citeAs = $(".front .cite-as").text().trim();
      expect(authors.length).toBeGreaterThan(3);
      // The seed gives no venue, date, DOI or licence: the line says so, naming the DOI among them.
      expect(citeAs).toContain(t.citeField("doi"));
      expect(citeAs).toContain(t.citeField("venue"));
      const [page1] = pageTexts(pdf(lang));
      const at = positions(page1 ?? "", [title, authors, citeAs, otherTitle]);
      expect(at.every((p) => p >= 0), JSON.stringify(at)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    });

    it(`${lang}: citation marks extract as typed ("[1-2]"), with no word joiner or space inside`, () => {
      const text = pageTexts(pdf(lang)).join("\n");
      expect(text).toContain("[1-2]");
      expect(text).not.toContain("\u2060");
      expect(text).not.toMatch(/\[ \d/);
    });

    it(`${lang}: prints the placeholder references as one line saying so, not a grid of bare numbers; the page keeps its 19 numbered targets`, () => {
      const texts = pageTexts(pdf(lang));
      const found = pageWithLine(texts, t.references);
      expect(found, t.references).toBeDefined();
      const after = (found?.text ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
      const heading = after.indexOf(t.references);
      expect(after[heading + 1]).toBe(t.referenceRunMissingPrinted(1, 19));
      const all = texts.join("\n").split("\n").map((l) => l.trim());
      expect(all.filter((l) => /^\[\d+\]$/.test(l))).toEqual([]);
      const $ = loadPage(dist, `${lang}/index.html`);
      expect($("#references li.reference[id^='ref-']")).toHaveLength(19);
    });

    it(`${lang}: puts the glossary's heading on the same page as its first row`, () => {
      const $ = loadPage(dist, `${lang}/index.html`);
      const first = $("#glossary tbody tr").first().find("td").map((_, td) => $(td).text().trim()).get();
      expect(first.length).toBe(2);
      const found = pageWithLine(pageTexts(pdf(lang)), t.glossary);
      expect(found, t.glossary).toBeDefined();
      for (const cell of first) expect(found?.text, `page ${found?.page}`).toContain(cell);
    });
  }
});
