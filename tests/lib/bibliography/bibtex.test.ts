// Reading .bib files as Zotero, Better BibTeX and JabRef write them, and rejecting bad ones by line.
import { describe, expect, it } from "vitest";
import { missingFields, parseBibliography, scanBibtex, workLanguage } from "../../../src/lib/bibliography/bibtex.ts";
import { fixture } from "./helpers.ts";

describe("reading exported .bib files", () => {
  it("reads Zotero's BibTeX export: CJK names, language codes, escapes, URL and DOI", () => {
    const bib = parseBibliography("zotero.bib", fixture("zotero.bib"));
    expect([...bib.entries.keys()]).toEqual(["zhang_hulianwang_2018", "smith_platform_2020", "muller_risk_2019"]);
    const zhang = bib.entries.get("zhang_hulianwang_2018");
    expect(zhang?.line).toBe(2);
    expect(zhang?.language).toBe("zh");
    expect(zhang?.item.language).toBe("zh-CN");
    expect(zhang?.item.author?.[0]).toEqual({ family: "张", given: "三" });
    expect(zhang?.item["container-title"]).toBe("虚构金融研究");
    expect(zhang?.item.DOI).toBe("10.5555/fict.2018.0501");
    expect(zhang?.item.accessed?.["date-parts"]).toEqual([[2024, 3, 1]]);
    const muller = bib.entries.get("muller_risk_2019");
    expect(muller?.item.author?.[0]).toEqual({ family: "Müller", given: "Jörg" });
    expect(muller?.item["container-title"]).toBe("Handbook of Imaginary Finance");
    expect(bib.entries.get("smith_platform_2020")?.item.edition).toBe("2");
  });

  it("reads Better BibTeX's biblatex: date, journaltitle, langid, urldate, {{corporate authors}}", () => {
    const bib = parseBibliography("bbt.bib", fixture("better-bibtex.bib"));
    const pboc = bib.entries.get("zhongguorenminyinhangHuLianWangJinRong2020");
    expect(pboc?.item.type).toBe("webpage");
    expect(pboc?.item.author).toEqual([{ literal: '<span class="nocase">中国人民银行</span>' }]);
    expect(pboc?.item.issued?.["date-parts"]).toEqual([[2020, 5, 3]]);
    expect(pboc?.language).toBe("zh");
    const lopez = bib.entries.get("lopezDigitalCreditScoring2021");
    expect(lopez?.item["container-title"]).toBe("Journal of Fictional Economics");
    expect(lopez?.item.title).toBe("Digital Credit Scoring & the Long Tail: Evidence from an Imaginary Market");
    expect(lopez?.item.author?.map((a) => a.family)).toEqual(["López", "Ng", "Brown", "Dupont", "Evans"]);
    expect(lopez?.language).toBe("en");
    expect(lopez?.item.language).toBe("en-US");
    expect(bib.entries.get("worldbankFictionalFinanceAll2008")?.item.author).toEqual([{ literal: '<span class="nocase">World Bank</span>' }]);
    expect(bib.entries.get("liuHuLianWangJinRongJianGuan2017")?.item.type).toBe("thesis");
  });

  it("reads JabRef's BibTeX: @String macros, {\\&}, --, crossref, multi-line @Comment, a DOI written as a URL", () => {
    const bib = parseBibliography("jabref.bib", fixture("jabref.bib"));
    expect([...bib.entries.keys()]).toEqual(["Roe2019", "Kim2021", "ICF2021"]);
    const roe = bib.entries.get("Roe2019");
    expect(roe?.item["container-title"]).toBe("Journal of Fictional Economics");
    expect(roe?.item.title).toBe("Banks & Fintech: Platforms–and Risks");
    expect(roe?.item.DOI).toBe("10.5555/jfe.2019.0501");
    expect(roe?.line).toBe(5);
    const kim = bib.entries.get("Kim2021");
    expect(kim?.item.publisher).toBe("Example Society");
    expect(kim?.item["publisher-place"]).toBe("Seoul");
    expect(kim?.item.editor).toEqual([{ family: "Lee", given: "Sun" }]);
    expect(bib.crossrefTargets).toEqual(new Set(["ICF2021"]));
  });

  it("drops a first edition, which GB/T 7714 does not give", () => {
    const bib = parseBibliography("x.bib", "@book{a, title = {T}, author = {A, B}, edition = {1}, year = 2000}\n@book{b, title = {T}, edition = {2}, year = 2000}");
    expect(bib.entries.get("a")?.item.edition).toBeUndefined();
    expect(bib.entries.get("b")?.item.edition).toBe("2");
  });

  it("an empty file or one with comments only has no entries", () => {
    expect(parseBibliography("x.bib", "").entries.size).toBe(0);
    expect(parseBibliography("x.bib", "% nothing yet\n@comment{x}\n").entries.size).toBe(0);
  });
});

describe("the language of a work", () => {
  const item = (fields: Record<string, unknown>) => ({ id: "x", type: "book", ...fields });
  it("comes from langid or language in any of the usual spellings", () => {
    for (const v of ["chinese", "zh", "zh-CN", "zh_TW", "Chinese", "中文"]) expect(workLanguage(item({ language: v }))).toBe("zh");
    for (const v of ["english", "en", "en-US", "american", "british", "USenglish"]) expect(workLanguage(item({ language: v }))).toBe("en");
    expect(workLanguage(item({ language: "french" }))).toBe("other");
  });
  it("otherwise from the script of its title and names", () => {
    expect(workLanguage(item({ title: "金融学" }))).toBe("zh");
    expect(workLanguage(item({ title: "Finance", author: [{ family: "王" }] }))).toBe("zh");
    expect(workLanguage(item({ title: "Finance" }))).toBe("en");
  });
});

describe("completeness", () => {
  it("names the fields GB/T 7714 needs that an entry lacks", () => {
    expect(missingFields({ id: "a", type: "document" })).toEqual(["title", "date"]);
    expect(missingFields({ id: "a", type: "article-journal", title: "T", issued: { "date-parts": [[2000]] } })).toEqual(["journal"]);
    expect(missingFields({ id: "a", type: "webpage", title: "T", accessed: { "date-parts": [[2000]] } })).toEqual(["url"]);
    expect(missingFields({ id: "a", type: "book", title: "T", issued: { "date-parts": [[2000]] } })).toEqual([]);
  });
});

describe("bad .bib files", () => {
  it("a syntax error names the file, the line and the entry", () => {
    const text = "@book{good, title = {A}, year = 2000}\n\n@article{broken,\n  title = {x}\n  year = 2000,\n}\n";
    expect(() => parseBibliography("bibliography/references.bib", text)).toThrow(
      /^bibliography\/references\.bib:5:3: BibTeX syntax error \(in the entry "broken" that starts at line 3\): expected "rbrace", got "identifier"/,
    );
  });

  it("an unclosed entry names the file and a line", () => {
    const text = '@article{a,\n  title = {x},\n  author = {y\n}\n@book{b, title = "z"}\n';
    expect(() => parseBibliography("refs.bib", text)).toThrow(/^refs\.bib:5:1: BibTeX syntax error/);
  });

  it("a duplicate key names both places, ignoring case as BibTeX does", () => {
    const text = "@book{ref01, title = {A}}\n\n@book{other, title = {B}}\n@article{Ref01, title = {C}}\n";
    expect(() => parseBibliography("bibliography/references.bib", text)).toThrow(
      'bibliography/references.bib:4: duplicate key "Ref01": "ref01" is already defined at bibliography/references.bib:1.',
    );
  });

  it("finds entries by line without being fooled by @ in fields or comments", () => {
    const text = '@comment{jabref-meta: x}\n@misc{a,\n  note = {mail a@b.org},\n  title = "with } @book{fake, title={no}} inside"\n}\n@string{s = {x}}\n@misc(b, title = {y})\n';
    expect(scanBibtex(text).map((e) => [e.key, e.line])).toEqual([
      ["a", 2],
      ["b", 7],
    ]);
  });
});

describe("hostile .bib files", () => {
  it("a crossref cycle names the entry, its line and the loop", () => {
    expect(() => parseBibliography("refs.bib", fixture("hostile-cycle.bib"))).toThrow(
      'refs.bib:2: the entry "cycA": its crossref chain loops: cycA → cycB → cycC → cycA. Remove one of these crossref fields.',
    );
    // Asking for one entry of the loop finds it too.
    expect(() => parseBibliography("refs.bib", fixture("hostile-cycle.bib"), ["cycC"])).toThrow(/^refs\.bib:2: the entry "cycA": its crossref chain loops: cycA → cycB → cycC → cycA\./);
    expect(() => parseBibliography("refs.bib", "@book{self, title = {S}, crossref = {self}}")).toThrow(/^refs\.bib:1: the entry "self": its crossref chain loops: self → self\./);
  });

  it("an xdata cycle names the entry and line", () => {
    expect(() => parseBibliography("refs.bib", fixture("hostile-xdata-cycle.bib"))).toThrow(/^refs\.bib:4: the entry "usesX": its xdata chain loops: usesX → xa → xb → xa\./);
  });

  it("a @string expansion bomb is refused at its line, before anything expands it", () => {
    const started = Date.now();
    expect(() => parseBibliography("refs.bib", fixture("hostile-bomb.bib"))).toThrow(
      /^refs\.bib:9: the @string "s7" expands to 262,144 characters \(more than 100,000\)/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("50,000 nested braces are refused, naming the entry and its line", () => {
    expect(() => parseBibliography("refs.bib", fixture("hostile-braces.bib"))).toThrow(
      'refs.bib:4: the entry "deep" nests braces 50001 deep; more than 64 is refused. Check the braces of the entry that starts at line 4.',
    );
    expect(() => parseBibliography("refs.bib", fixture("hostile-braces.bib"), ["ok"])).toThrow(/^refs\.bib:4: the entry "deep" nests braces/);
  });

  it("control bytes never reach a field", () => {
    const bytes = parseBibliography("refs.bib", fixture("hostile-bytes.bib")).entries.get("bytes");
    const text = JSON.stringify(bytes?.item);
    expect(text).not.toMatch(/\\u00(0|1[0-9a-f]|7f)/i);
    expect(bytes?.item.title).toBe("Name[31m red");
    expect(bytes?.item["container-title"]).toBe("J");
    expect(bytes?.item.DOI).toBe("10.5555/ok.1");
  });

  it("a url that is not http(s), or a doi that is not a DOI, is dropped with one warning naming the entry", () => {
    const bib = parseBibliography("refs.bib", fixture("hostile-bytes.bib"));
    for (const key of ["baddoi", "bracedoi", "notdoi"]) expect(bib.entries.get(key)?.item.DOI).toBeUndefined();
    for (const key of ["jsurl", "dataurl"]) expect(bib.entries.get(key)?.item.URL).toBeUndefined();
    expect(bib.entries.get("goodurl")?.item.URL).toBe("https://example.org/a?b=c");
    expect(bib.warnings).toEqual([
      'refs.bib:3: the entry "baddoi": its doi "10.5555/a b<script>" is not a DOI (10.prefix/suffix, with no spaces, braces or markup), so it is left out.',
      'refs.bib:4: the entry "bracedoi": its doi "10.5555/{x}y" is not a DOI (10.prefix/suffix, with no spaces, braces or markup), so it is left out.',
      'refs.bib:5: the entry "notdoi": its doi "javascript:alert(1)" is not a DOI (10.prefix/suffix, with no spaces, braces or markup), so it is left out.',
      'refs.bib:6: the entry "jsurl": its url "javascript:alert(1)" is not an http(s) address, so it is left out. Give the work\'s web address (https://…).',
      'refs.bib:7: the entry "dataurl": its url "%20data:text/html,%3Cb%3Ex%3C/b%3E" is not an http(s) address, so it is left out. Give the work\'s web address (https://…).',
    ]);
  });
});
