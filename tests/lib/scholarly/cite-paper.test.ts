// The paper's own citation and its exports, read back by independent parsers: @retorquere/bibtex-parser, astrocite-ris, citation-js, and pandoc and biber (scripts/ensure-test-tools.sh installs them before the tests).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { parse as parseBib } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { readStyleFiles } from "../../../src/lib/bibliography/format.ts";
import { citationKey, exportCitation, formattedCitation, latexText, paperCsl, risText, verbatimText, type ExportFormat } from "../../../src/lib/scholarly/cite-paper.ts";
import type { ScholarlyRecord } from "../../../src/lib/scholarly/record.ts";
import { completeRecord, pageUrl, sparseRecord } from "../../support/scholarly-fixture.ts";

const files = readStyleFiles(process.cwd());
const FORMATS: ExportFormat[] = ["bib", "ris", "json"];
const LANGS = ["zh", "en"] as const;

/** A record with hostile values, as if the schema had let them through: each must stay inside its own field. */
function hostileRecord(): ScholarlyRecord {
  return {
    ...completeRecord("en"),
    title: "A <b> title } with @misc{x, & braces\nTY  - JOUR",
    venue: "Venue\nER  - \nTY  - BOOK",
    doi: "10.1234/x},url={javascript:alert(1)}",
    abstract: "Line one.\r\nAU  - Injected, Author",
  };
}

describe("the paper's citation", () => {
  it("is formatted in GB/T 7714-2015 by the project's citeproc setup, each page in its own locale", () => {
    expect(formattedCitation(completeRecord("zh"), files)).toBe(
      `王小明, FAIRWEATHER G. 互联网金融的业务模式与发展趋势：以蚂蚁金服为例[J/OL]. 虚构金融研究, 2019, 12(3): 45-67. ${pageUrl("zh")}. DOI:10.5555/jff.2019.0312.`,
    );
    // The English is the translation: an online text, never the journal's article.
    expect(formattedCitation(completeRecord("en"), files)).toBe(
      `WANG X, FAIRWEATHER G. Internet Finance </script><script>alert(1)</script> & <!-- Business Models[EB/OL]. LI Y, trans. ${pageUrl("en")}.`,
    );
  });

  it("gives the access date GB/T 7714 requires of an online work, when given one", () => {
    expect(formattedCitation(sparseRecord("zh"), files, [2026, 12, 1])).toBe(`[互联网金融的业务模式与发展趋势：以蚂蚁金服为例][EB/OL]. [2026-12-01]. ${pageUrl("zh")}.`);
    expect(formattedCitation(completeRecord("zh"), files, [2026, 12, 1])).toContain("45-67[2026-12-01]");
  });

  it("with the sparse metadata gives what is known: the bracketed editorial title, as an online text, and the page's URL", () => {
    expect(formattedCitation(sparseRecord("zh"), files)).toBe(`[互联网金融的业务模式与发展趋势：以蚂蚁金服为例][EB/OL]. ${pageUrl("zh")}.`);
  });
});

describe("the translation's exports", () => {
  it("describe a translation: no venue, date or DOI of its own, the original's title, the translators, a note", () => {
    const en = completeRecord("en");
    const json = JSON.parse(exportCitation(en, "json"))[0];
    expect(json).toMatchObject({ type: "webpage", title: en.title, "original-title": "互联网金融的业务模式与发展趋势：以蚂蚁金服为例", translator: [{ family: "Li", given: "Yi" }] });
    expect(json.note).toBe("A translation of “互联网金融的业务模式与发展趋势：以蚂蚁金服为例” (DOI: 10.5555/jff.2019.0312).");
    for (const key of ["DOI", "container-title", "issued", "volume", "page", "ISSN"]) expect(json, key).not.toHaveProperty(key);
    const bib = parseBib(exportCitation(en, "bib"), { english: [] }).entries[0];
    expect(bib?.type).toBe("online");
    expect(bib?.fields["editor"]).toEqual([{ lastName: "Li", firstName: "Yi" }]);
    expect(bib?.fields["editortype"]).toBe("translator");
    expect(bib?.fields["origtitle"]).toBe("互联网金融的业务模式与发展趋势：以蚂蚁金服为例");
    expect(bib?.fields).not.toHaveProperty("doi");
    const ris = exportCitation(en, "ris");
    expect(ris).toMatch(/^TY {2}- ELEC$/m);
    expect(ris).not.toMatch(/^(DO|T2|SP|VL|PY|DA) {2}- /m);
    expect(ris).toMatch(/^N1 {2}- A translation of “互联网金融/m);
  });
});

describe("citation keys", () => {
  it("are family name + year + first title word, different for each language version", () => {
    expect(citationKey(completeRecord("en"))).toBe("wang2019internet");
    expect(citationKey(completeRecord("zh"))).toBe("王2019金融");
    expect(citationKey(sparseRecord("en"))).toBe("business");
    expect(citationKey(sparseRecord("zh"))).not.toBe(citationKey(sparseRecord("en")));
  });
});

describe("the exports", () => {
  for (const format of FORMATS) {
    it(`${format}: citation-js reads back the same title, authors, date, DOI and type`, () => {
      for (const lang of ["zh"] as const) {
        const csl = paperCsl(completeRecord(lang));
        const back = new Cite(exportCitation(completeRecord(lang), format)).data[0] as Record<string, unknown>;
        expect(back["title"]).toBe(csl.title);
        expect(back["author"]).toEqual(csl.author);
        expect(back["issued"]).toEqual({ "date-parts": [[2019, 6, 15]] });
        expect(back["DOI"]).toBe("10.5555/jff.2019.0312");
        expect(back["container-title"]).toBe(csl["container-title"]);
        expect(back["URL"]).toBe(pageUrl(lang));
        expect(back["type"]).toBe("article-journal");
      }
    });

    it(`${format}: with the sparse metadata, nothing empty, invented or "undefined", and an online text`, () => {
      for (const lang of LANGS) {
        const text = exportCitation(sparseRecord(lang), format);
        expect(text).not.toMatch(/undefined|null|NaN|\[object|=\s*\{\s*\}|^(?!ER)[A-Z][A-Z0-9]  -\s*$/m);
        const back = new Cite(text).data[0] as Record<string, unknown>;
        expect(back["title"]).toBe(sparseRecord(lang).title);
        expect(back["author"]).toBeUndefined();
        expect(back["issued"]).toBeUndefined();
        expect(back["DOI"]).toBeUndefined();
        expect(back["type"]).toBe("webpage");
      }
    });

    it(`${format}: a hostile value stays inside its own field`, () => {
      const text = exportCitation(hostileRecord(), format);
      // citation-js guesses the format from the text, and "@misc{" in a RIS title looks like BibTeX to it; so RIS is read by astrocite-ris here.
      const back = format === "ris" ? parseRis(text) : new Cite(text).data;
      expect(back).toHaveLength(1);
      expect(back[0]?.["DOI"]).toBe(format === "bib" ? verbatimText("10.1234/x},url={javascript:alert(1)}") : "10.1234/x},url={javascript:alert(1)}");
      expect(back[0]?.["URL"]).toBe(pageUrl("en"));
      expect(JSON.stringify(back[0]?.["author"])).not.toContain("Injected");
    });
  }

  it("BibLaTeX: names in braced parts, langid, pages with an en dash, title with the editorial note, read by @retorquere/bibtex-parser", () => {
    const text = exportCitation(completeRecord("zh"), "bib");
    expect(text).toContain("author = {{王}, {小明} and {Fairweather}, {Grace}}");
    expect(text).toContain("title = {互联网金融的业务模式与发展趋势：以蚂蚁金服为例}");
    expect(text).toContain("langid = {chinese}");
    expect(text).not.toMatch(/^\s*language = /m);
    const entry = parseBib(text).entries[0];
    expect(entry?.type).toBe("article");
    expect(entry?.key).toBe("王2019金融");
    expect(entry?.fields["author"]).toEqual([
      { lastName: "王", firstName: "小明" },
      { lastName: "Fairweather", firstName: "Grace" },
    ]);
    expect(entry?.fields["pages"]).toBe("45–67");
    expect(entry?.fields["doi"]).toBe("10.5555/jff.2019.0312");
    expect(entry?.fields["langid"]).toBe("chinese");
    expect(entry?.fields["issn"]).toBe("1234-5679");
    const sparse = parseBib(exportCitation(sparseRecord("en"), "bib")).entries[0];
    expect(sparse?.type).toBe("online");
    // The parser sentence-cases an English title, as Zotero stores it: the words are the same, and no bracket is left open.
    expect(sparse?.fields["title"]).toBe("The business model and development trend of internet finance: a case study of ant financial");
    expect(sparse?.fields["note"]).toBe("Title supplied by the editors; the source gives none. A translation of “互联网金融的业务模式与发展趋势：以蚂蚁金服为例”.");
  });

  it("BibLaTeX: LaTeX's special characters, < and > included, come back as the text; organisations stay whole", () => {
    const title = "Rates < 5% & > 2 {sic} #1 a_b ~ ^ \\ x -- y";
    const text = exportCitation({ ...completeRecord("zh"), title, authors: [{ name: { organization: "Fictional Policy Institute & Co" } }] }, "bib");
    expect(latexText("<>")).toBe("\\textless{}\\textgreater{}");
    const entry = parseBib(text, { english: [] }).entries[0];
    expect(entry?.fields["title"]).toBe(title);
    // Keywords are escaped one by one (pandoc reads c\_d back as c_d), a comma inside one kept in braces.
    const withKeywords = exportCitation({ ...completeRecord("zh"), keywords: ["a, b", "c_d"] }, "bib");
    expect(withKeywords).toContain("keywords = {{a, b}, c\\_d}");
    expect(parseBib(withKeywords).errors).toEqual([]);
    expect(entry?.fields["author"]).toEqual([{ name: "Fictional Policy Institute & Co" }]);
  });

  it("BibLaTeX: a hostile value never opens a field or an entry of its own", () => {
    const text = exportCitation(hostileRecord(), "bib");
    const library = parseBib(text);
    expect(library.entries).toHaveLength(1);
    expect(library.errors).toEqual([]);
    const fields = library.entries[0]?.fields ?? {};
    expect(Object.keys(fields)).not.toContain("ty");
    expect(fields["url"]).toBe(pageUrl("en"));
    expect(fields["doi"]).toBe("10.1234/x%7D,url=%7Bjavascript:alert(1)%7D");
    // The parser folds runs of whitespace, as LaTeX does.
    expect(fields["title"]).toBe("A <b> title } with @misc{x, & braces TY - JOUR");
  });

  it("RIS: Family, Given names, SP/EP, zero-padded DA, read by astrocite-ris", () => {
    const text = exportCitation(completeRecord("zh"), "ris");
    expect(text).toContain("AU  - 王, 小明\nAU  - Fairweather, Grace\n");
    expect(text).toContain("DA  - 2019/06/15/\n");
    expect(text).toContain("SP  - 45\nEP  - 67\n");
    const [item] = parseRis(text);
    expect(item?.["type"]).toBe("article-journal");
    expect(item?.["author"]).toEqual([
      { family: "王", given: "小明" },
      { family: "Fairweather", given: "Grace" },
    ]);
    expect(item?.["page"]).toBe("45-67");
    expect(item?.["DOI"]).toBe("10.5555/jff.2019.0312");
    expect(item?.["language"]).toBe("zh-Hans");
    expect(parseRis(exportCitation(sparseRecord("en"), "ris"))[0]?.["type"]).toBe("webpage");
  });

  it("RIS: an organisation is one whole name to astrocite-ris and citation-js (and, by RIS.js's rule, Zotero)", () => {
    const orgs = ["Fictional Policy Institute", "虚构金融研究院"];
    const record = { ...completeRecord("zh"), authors: [...orgs.map((organization) => ({ name: { organization } })), ...completeRecord("en").authors] };
    const text = exportCitation(record, "ris");
    const au = text.split("\n").filter((l) => l.startsWith("AU  - "));
    expect(au).toEqual(["AU  - Fictional Policy Institute,  ", "AU  - 虚构金融研究院,  ", "AU  - Wang, Xiaoming", "AU  - Fairweather, Grace"]);
    // Zotero's RIS import (RIS.js): the value trimmed, the last name before the first comma, and no first name
    // after it makes a single-field (corporate) creator. The same rule, applied to our lines:
    const zotero = au.map((l) => {
      const value = l.slice("AU  - ".length).trim();
      const last = value.split(/\s*,\s*/)[0] ?? "";
      const first = value.slice(last.length).replace(/^\s*,\s*/, "");
      return first ? { lastName: last, firstName: first } : { lastName: last, fieldMode: 1 };
    });
    expect(zotero.slice(0, 2)).toEqual(orgs.map((lastName) => ({ lastName, fieldMode: 1 })));
    expect(parseRis(text)[0]?.["author"]).toEqual([
      { family: "Fictional Policy Institute", given: "" },
      { family: "虚构金融研究院", given: "" },
      { family: "Wang", given: "Xiaoming" },
      { family: "Fairweather", given: "Grace" },
    ]);
    const [item] = new Cite(text, { forceType: "@ris/file" }).data as { author: unknown[] }[];
    expect(item?.author.slice(0, 2)).toEqual([
      { family: "Fictional Policy Institute", given: "" },
      { family: "虚构金融研究院", given: "" },
    ]);
    // Without the comma (Zotero's own export form) astrocite-ris splits the Latin name and loses the Chinese one.
    const bare = text.replaceAll(",  \n", "\n");
    expect((parseRis(bare)[0]?.["author"] as unknown[]).slice(0, 2)).toEqual([{ family: "Policy Institute", given: "Fictional" }, { family: "" }]);
  });

  it("RIS: a line break in a value never starts a tag of its own", () => {
    expect(risText("a\nER  - \r\nTY  - BOOK")).toBe("a ER  -  TY  - BOOK");
    const text = exportCitation(hostileRecord(), "ris");
    expect(text.split("\n").filter((l) => l.startsWith("TY  - "))).toEqual(["TY  - JOUR"]);
    expect(text.split("\n").filter((l) => l.startsWith("AU  - "))).toEqual(["AU  - Wang, Xiaoming", "AU  - Fairweather, Grace"]);
    expect(parseRis(text)).toHaveLength(1);
  });

  it("CSL-JSON: family/given names, literal organisations, the same type as the other two", () => {
    const item = JSON.parse(exportCitation({ ...completeRecord("zh"), authors: [{ name: { organization: "Fictional Policy Institute" } }, ...completeRecord("en").authors] }, "json"))[0];
    expect(item.author).toEqual([{ literal: "Fictional Policy Institute" }, { family: "Wang", given: "Xiaoming" }, { family: "Fairweather", given: "Grace" }]);
    expect(item.type).toBe("article-journal");
    expect(item["container-title-short"]).toBe("虚构金融");
    expect(item.ISSN).toBe("1234-5679");
    expect(item.publisher).toBe("虚构出版社");
  });
});

describe("real consumers", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cite-paper-"));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const cases: [string, ScholarlyRecord][] = LANGS.flatMap((lang) => [
    [`complete-${lang}`, completeRecord(lang)],
    [`sparse-${lang}`, sparseRecord(lang)],
  ] as [string, ScholarlyRecord][]);

  it("pandoc reads the BibLaTeX and the CSL-JSON as the same item: names, title, type, date, DOI, language", () => {
    for (const [name, record] of cases) {
      const fromBib = JSON.parse(execFileSync("pandoc", ["-f", "biblatex", "-t", "csljson", write(`${name}.bib`, exportCitation(record, "bib"))], { encoding: "utf8" }))[0];
      const fromJson = JSON.parse(execFileSync("pandoc", ["-f", "csljson", "-t", "csljson", write(`${name}.json`, exportCitation(record, "json"))], { encoding: "utf8" }))[0];
      // From BibLaTeX, pandoc sentence-cases an English title, as biblatex styles may: the words are the same.
      expect(fromBib.title.toLowerCase(), name).toBe(record.title.toLowerCase());
      expect(fromJson.title, name).toBe(record.title);
      for (const item of [fromBib, fromJson]) {
        expect(item.type, name).toBe(record.venue ? "article-journal" : "webpage");
        expect(item.DOI, name).toBe(record.doi);
        expect(item.author, name).toEqual(record.authors.length ? paperCsl(record).author : undefined);
        expect(item.issued, name).toEqual(record.date ? { "date-parts": [record.date] } : undefined);
      }
      expect(fromBib.language, name).toBe(record.lang === "en" ? "en-US" : "chinese");
    }
  });

  it("biber --validate-datamodel finds nothing wrong with the BibLaTeX but a date the metadata does not give", () => {
    for (const [name, record] of cases) {
      write(`${name}-biber.bib`, exportCitation(record, "bib"));
      const out = execFileSync("biber", ["--tool", "--validate-datamodel", `${name}-biber.bib`], { cwd: dir, encoding: "utf8" });
      const warnings = out.split("\n").filter((l) => /^(WARN|ERROR) /.test(l));
      // Every entry type needs a date; one the source does not give is left out, not made up.
      expect(warnings.filter((w) => !(record.date === undefined && /Missing mandatory field - one of 'date, year'/.test(w))), name).toEqual([]);
    }
  });
});
