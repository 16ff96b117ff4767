// A build with every metadata field and a complete bibliography (test fixtures): the full tag set on the
// page, JSON-LD that survives a "</script>" title, a cite box with nothing missing, DOIs printed with URLs,
// exports that biber, pandoc and independent parsers read as the same item, and PDFs whose page 1 identifies them.
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureProject } from "./support/fixture-project.ts";
import { loadPage } from "./support/site.ts";
import { useBuiltSite } from "./support/built-site.ts";
import { checkBuiltExports } from "./support/exports.ts";
import { ui } from "../../src/lib/i18n/ui.ts";
import { languagePair } from "../../src/lib/i18n/language-pair.ts";
import { pageTexts, positions } from "../support/pdf.ts";

const project = fixtureProject();
const dist = path.join(project.dir, "dist");
const HOSTILE = "Internet Finance </script><script>alert(1)</script> & <!-- Business Models";

beforeAll(() => {
  copyFileSync("tests/fixtures/metadata/complete.yaml", path.join(project.dir, "content/metadata.yaml"));
  copyFileSync("tests/fixtures/bib/complete.bib", path.join(project.dir, "bibliography/references.bib"));
  // With the PDFs, as the Pages workflow publishes them.
  const run = project.build({ BUILD_PDF: "1" });
  if (run.status !== 0) throw new Error(run.output);
});
afterAll(() => project.dispose());

describe("a paper with complete metadata", () => {
  it("carries every Highwire tag on the original's page, with one citation_reference per reference", () => {
    const $ = loadPage(dist, "zh/index.html");
    const names = $("meta[name^='citation_']").map((_, el) => $(el).attr("name")).get();
    for (const name of ["citation_title", "citation_author", "citation_author_institution", "citation_author_orcid", "citation_publication_date", "citation_journal_title", "citation_volume", "citation_issue", "citation_firstpage", "citation_lastpage", "citation_doi", "citation_language", "citation_keywords", "citation_abstract", "citation_abstract_html_url", "citation_issn", "citation_journal_abbrev", "citation_publisher"]) {
      expect(names, name).toContain(name);
    }
    expect(names.filter((n) => n === "citation_author")).toHaveLength(2);
    expect(names.filter((n) => n === "citation_reference")).toHaveLength(19);
    expect($("meta[name='citation_title']").attr("content")).toBe("互联网金融的业务模式与发展趋势：以蚂蚁金服为例");
    expect($("meta[name='citation_doi']").attr("content")).toBe("10.5555/jff.2019.0312");
    expect($("meta[name='citation_author']").map((_, el) => $(el).attr("content")).get()).toEqual(["王, 小明", "Fairweather, Grace"]);
  });

  it("describes /en/, the translation, as a translation: no venue, date, pages or DOI claimed as the version of record", () => {
    const $ = loadPage(dist, "en/index.html");
    const names = $("meta[name^='citation_']").map((_, el) => $(el).attr("name")).get();
    for (const name of ["citation_journal_title", "citation_doi", "citation_publication_date", "citation_volume", "citation_issue", "citation_firstpage", "citation_issn", "citation_publisher"]) {
      expect(names, name).not.toContain(name);
    }
    expect($("meta[name='citation_title']").attr("content")).toBe(HOSTILE);
    expect($("meta[name='citation_author']").map((_, el) => $(el).attr("content")).get()).toEqual(["Wang, Xiaoming", "Fairweather, Grace"]);
    expect($("meta[name='citation_language']").attr("content")).toBe("en");
    expect($("meta[name='DC.relation']").map((_, el) => $(el).attr("content")).get()).toEqual(["https://doi.org/10.5555/jff.2019.0312", expect.stringMatching(/\/zh\/$/)]);
    expect($("meta[name='DC.contributor']").attr("content")).toBe("Li, Yi");
    expect($("meta[name='DC.date']")).toHaveLength(0);
    // Zotero's Extra (checked with translation-server: the saved webpage item carries these lines).
    expect($("meta[name='z.extra']").attr("content")?.split("\n")).toEqual([
      expect.stringMatching(/^A translation of “互联网金融/),
      "original-title: 互联网金融的业务模式与发展趋势：以蚂蚁金服为例",
      "original-date: 2019-06-15",
      "translator: Li || Yi",
    ]);
    const article = JSON.parse($("script[type='application/ld+json']").text()) as Record<string, unknown>;
    expect(article["translationOfWork"]).toMatchObject({ inLanguage: "zh-Hans", sameAs: "https://doi.org/10.5555/jff.2019.0312" });
    expect(article["translator"]).toEqual([{ "@type": "Person", name: "Yi Li", familyName: "Li", givenName: "Yi" }]);
    for (const key of ["isPartOf", "identifier", "datePublished", "pageStart"]) expect(article, key).not.toHaveProperty(key);
    expect($("#cite .cite-text").text()).toContain("[EB/OL]");
    expect($("#cite .cite-text").text()).not.toContain("Journal of Fictional Finance");
  });

  it("gives each side-by-side page the scholarly tags of its interface language's page", () => {
    for (const lang of ["zh", "en"]) {
      const tags = (file: string) => {
        const $ = loadPage(dist, file);
        return $("meta[name^='citation_'], meta[name^='DC.']").map((_, el) => `${$(el).attr("name")}=${$(el).attr("content")}`).get();
      };
      const paper = tags(`${lang}/index.html`);
      expect(paper.length).toBeGreaterThan(10);
      expect(tags(`${lang}/parallel/index.html`)).toEqual(paper);
    }
  });

  it("keeps the JSON-LD in its script element, whatever the title holds", () => {
    const $ = loadPage(dist, "en/index.html");
    const scripts = $("script[type='application/ld+json']");
    expect(scripts).toHaveLength(1);
    const article = JSON.parse(scripts.text()) as Record<string, unknown>;
    expect(article["headline"]).toBe(HOSTILE);
    expect(article["citation"]).toHaveLength(19);
    expect($("script:not([type='application/ld+json']):not([src])").text()).not.toContain("alert(1)");
  });

  it("gives the full citation in the cite box, and says nothing is missing", () => {
    const $ = loadPage(dist, "zh/index.html");
    expect($("#cite .cite-text").text()).toMatch(/^王小明, FAIRWEATHER G\. 互联网金融的业务模式与发展趋势：以蚂蚁金服为例\[J\/OL\]\. 虚构金融研究, 2019, 12\(3\): 45-67\[\d{4}-\d{2}-\d{2}\]\. .* DOI:10\.5555\/jff\.2019\.0312\.$/);
    expect($("#cite .cite-missing")).toHaveLength(0);
    expect($("#cite .cite-note")).toHaveLength(0);
  });

  describe("printed", () => {
    const served = useBuiltSite({ dist: () => dist, base: "/" });

    it("prints each reference's DOI once: the entry's own DOI text, with no URL added after its link", async () => {
      const page = await served.browser().newPage();
      await page.goto(served.url("en/"));
      const link = page.locator("#references a.reference-link[href^='https://doi.org/']").first();
      const after = () => link.evaluate((a) => getComputedStyle(a, "::after").content);
      expect(await after()).toBe("none");
      await page.emulateMedia({ media: "print" });
      expect(await after()).toBe("none");
    expect(await link.evaluate((a) => a.closest("li")?.textContent?.match(/10\.5555\/jfe\.2015\.0304/g)?.length)).toBe(1);
      await page.close();
    });
  });

  describe("exports, as built", () => {
    it("zh, the version of record: biber, pandoc, bibtex-parser and astrocite-ris read one journal article, names family first", () => {
      checkBuiltExports(dist, "zh", { names: [["王", "小明"], ["Fairweather", "Grace"]], title: "互联网金融的业务模式与发展趋势：以蚂蚁金服为例", kind: "journal", date: [2019, 6, 15], doi: "10.5555/jff.2019.0312" });
    });

    it("en, the translation: every consumer reads an online text with the original's authors, and no date or DOI of its own", () => {
      checkBuiltExports(dist, "en", { names: [["Wang", "Xiaoming"], ["Fairweather", "Grace"]], title: HOSTILE, kind: "online" });
    });
  });

  describe("the PDFs, as text", () => {
    const pdf = (lang: string) => path.join(dist, lang, "paper.pdf");
    const page1 = (lang: string) => pageTexts(pdf(lang))[0] ?? "";
    const inOrder = (at: number[]) => at.every((p) => p >= 0) && at.every((p, i) => i === 0 || p > (at[i - 1] ?? -1));

    it("zh: page 1 gives the title, the authors, then the journal, date, DOI and licence; the English title after them", () => {
      const at = positions(page1("zh"), ["互联网金融的业务模式与发展趋势：以蚂蚁金服为例", "王小明", "Grace Fairweather", "虚构大学经济学院", "虚构金融研究", "2019-06-15", "10.5555/jff.2019.0312", "CC BY 4.0", "Internet Finance"]);
      expect(inOrder(at), JSON.stringify(at)).toBe(true);
    });

    it("en: page 1 gives the title, the authors, then the original's journal, date, DOI and licence; the Chinese title after them", () => {
      const at = positions(page1("en"), ["Internet Finance </script>", "Xiaoming Wang", "Grace Fairweather", "School of Economics, Fictional University", "Journal of Fictional Finance", "2019-06-15", "10.5555/jff.2019.0312", "CC BY 4.0", "互联网金融的业务模式与发展趋势"]);
      expect(inOrder(at), JSON.stringify(at)).toBe(true);
      expect(page1("en")).toContain("Translated from");
    });

    it("en: the XMP names the translator and the original it translates, and claims no DOI of its own", () => {
      const xmp = execFileSync("pdfinfo", ["-meta", pdf("en")], { encoding: "utf8" });
      expect(xmp).toContain("<dc:contributor><rdf:Bag><rdf:li>Li, Yi</rdf:li></rdf:Bag></dc:contributor>");
      expect(xmp).toMatch(/<dc:relation><rdf:Bag><rdf:li>https:\/\/doi\.org\/10\.5555\/jff\.2019\.0312<\/rdf:li><rdf:li>[^<]*\/zh\/<\/rdf:li><\/rdf:Bag><\/dc:relation>/);
      expect(xmp).not.toContain("prism:doi");
      expect(execFileSync("pdfinfo", ["-meta", pdf("zh")], { encoding: "utf8" })).toContain("<prism:doi>10.5555/jff.2019.0312</prism:doi>");
    });

    it("zh: prints the Chinese references as words, with no gap inside a name or before a comma or full stop", () => {
      const text = pageTexts(pdf("zh")).join("\n");
      const start = text.indexOf("\n参考文献\n");
      const references = text.slice(start, text.indexOf(`\n${ui.zh.editorNotes(languagePair())}\n`, start));
      expect(references.length).toBeGreaterThan(500);
      expect(references).toContain("[6] 虚构金融研究院. 金融科技发展报告（虚构）[EB/OL].");
      expect(references).toContain("[1] 陈一, 林二. 中小企业融资约束研究（虚构）[J]. 虚构经济研究, 2016");
      // No Han character spaced from the next one, nor from a following comma or full stop.
      expect(references.match(/\p{Script=Han} (?=[\p{Script=Han},.])/gu) ?? []).toEqual([]);
      expect(text).toContain("[1-2]");
    });
  });
});
