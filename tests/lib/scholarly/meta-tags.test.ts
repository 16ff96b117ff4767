import { describe, expect, it } from "vitest";
import { dublinCoreTags, highwireReference, highwireTags, zoteroTags } from "../../../src/lib/scholarly/meta-tags.ts";
import { exportCitation } from "../../../src/lib/scholarly/cite-paper.ts";
import { indexedTitle, missingFields, splitPages } from "../../../src/lib/scholarly/record.ts";
import { completeRecord, pageUrl, pdfUrl, sparseRecord } from "../../support/scholarly-fixture.ts";

const pairs = (tags: { name: string; content: string }[]) => tags.map((t) => [t.name, t.content]);

describe("Highwire Press tags", () => {
  it("give every field of a complete record, with exact values, authors followed by their institution and ORCID", () => {
    const tags = pairs(highwireTags(completeRecord("zh"))).filter(([n]) => n !== "citation_reference");
    expect(tags).toEqual([
      ["citation_title", "互联网金融的业务模式与发展趋势：以蚂蚁金服为例"],
      // "Family, Given": Zotero's cleanAuthor and Scholar read a name without a comma given-name first.
      ["citation_author", "王, 小明"],
      ["citation_author_institution", "虚构大学经济学院"],
      ["citation_author_orcid", "0000-0002-1825-0097"],
      // Named in English only: the English name stands on the Chinese page too.
      ["citation_author", "Fairweather, Grace"],
      ["citation_author_institution", "Imaginary Institute"],
      ["citation_publication_date", "2019/06/15"],
      ["citation_journal_title", "虚构金融研究"],
      ["citation_journal_abbrev", "虚构金融"],
      ["citation_issn", "1234-5679"],
      ["citation_publisher", "虚构出版社"],
      ["citation_volume", "12"],
      ["citation_issue", "3"],
      ["citation_firstpage", "45"],
      ["citation_lastpage", "67"],
      ["citation_doi", "10.5555/jff.2019.0312"],
      ["citation_language", "zh"],
      ["citation_keywords", "互联网金融; 业务模式"],
      ["citation_abstract", "中文摘要。"],
      ["citation_abstract_html_url", pageUrl("zh")],
      ["citation_pdf_url", pdfUrl("zh")],
    ]);
  });

  it("give one citation_reference per complete reference, in reference-list order", () => {
    const refs = highwireTags(completeRecord("en")).filter((t) => t.name === "citation_reference");
    expect(refs).toHaveLength(19);
    expect(refs[0]?.content).toBe(
      "citation_title=中小企业融资约束研究（虚构）; citation_author=陈, 一; citation_author=林, 二; citation_journal_title=虚构经济研究; citation_publication_date=2016; citation_volume=51; citation_issue=3; citation_firstpage=12; citation_lastpage=25",
    );
  });

  it("keep a semicolon inside a value from splitting a reference", () => {
    const ref = highwireReference({ id: "x", type: "book", title: "A; B", issued: { "date-parts": [[2001]] } });
    expect(ref).toBe("citation_title=A, B; citation_publication_date=2001");
  });

  it("leave out whatever the real, sparse metadata does not give", () => {
    for (const lang of ["zh", "en"] as const) {
      const tags = highwireTags(sparseRecord(lang));
      expect(tags.map((t) => t.name)).toEqual(["citation_title", "citation_language", "citation_keywords", "citation_abstract", "citation_abstract_html_url"]);
      for (const t of tags) expect(t.content).not.toMatch(/^\s*$|undefined|null|NaN|\[object/);
    }
  });
});

describe("an editorial title", () => {
  it("is given to indexers clean (a bracket would be left open in a short title), and bracketed only for readers", () => {
    expect(indexedTitle("T", true)).toBe("[T]");
    expect(indexedTitle("T", false)).toBe("T");
    const title = highwireTags(sparseRecord("en")).find((t) => t.name === "citation_title")?.content;
    expect(title).toBe("The Business Model and Development Trend of Internet Finance: A Case Study of Ant Financial");
    expect(dublinCoreTags(sparseRecord("en")).find((t) => t.name === "DC.title")?.content).toBe(title);
  });
});

describe("the translation's Highwire tags", () => {
  it("never claim the journal's article: no venue, date, pages, ISSN or DOI, only its own title, the authors, its language and abstract", () => {
    const names = highwireTags(completeRecord("en")).map((t) => t.name).filter((n) => n !== "citation_reference");
    expect(names).toEqual(["citation_title", "citation_author", "citation_author_institution", "citation_author_orcid", "citation_author", "citation_author_institution", "citation_language", "citation_keywords", "citation_abstract", "citation_abstract_html_url", "citation_pdf_url"]);
  });
});

describe("the abstract", () => {
  it("is given whole in citation_abstract, however long", () => {
    const long = `${"A sentence of the abstract. ".repeat(40)}The last sentence.`;
    const tags = highwireTags({ ...completeRecord("en"), abstract: long });
    expect(tags.find((t) => t.name === "citation_abstract")?.content).toBe(long);
  });
});

describe("Dublin Core tags", () => {
  it("give the original's title, creators, date, language, identifiers, description, subjects, publisher and rights", () => {
    expect(pairs(dublinCoreTags(completeRecord("zh")))).toEqual([
      ["DC.title", "互联网金融的业务模式与发展趋势：以蚂蚁金服为例"],
      ["DC.creator", "王, 小明"],
      ["DC.creator", "Fairweather, Grace"],
      ["DC.date", "2019-06-15"],
      ["DC.language", "zh-Hans"],
      ["DC.identifier", "https://doi.org/10.5555/jff.2019.0312"],
      ["DC.identifier", pageUrl("zh")],
      ["DC.description", "中文摘要。"],
      ["DC.subject", "互联网金融"],
      ["DC.subject", "业务模式"],
      ["DC.publisher", "虚构出版社"],
      ["DC.rights", "CC BY 4.0"],
      ["DC.type", "Text"],
    ]);
  });

  it("describe the translation as a translation: its translators as contributors, the original as a relation, no date or DOI of its own", () => {
    expect(pairs(dublinCoreTags(completeRecord("en")))).toEqual([
      ["DC.title", "Internet Finance </script><script>alert(1)</script> & <!-- Business Models"],
      ["DC.creator", "Wang, Xiaoming"],
      ["DC.creator", "Fairweather, Grace"],
      ["DC.contributor", "Li, Yi"],
      ["DC.language", "en"],
      ["DC.identifier", pageUrl("en")],
      ["DC.relation", "https://doi.org/10.5555/jff.2019.0312"],
      ["DC.relation", pageUrl("zh")],
      ["DC.description", "The English abstract."],
      ["DC.subject", "Internet finance"],
      ["DC.subject", "business model"],
      ["DC.rights", "CC BY 4.0"],
      // Zotero's RDF type detection takes the first DC.type that is one of its item types: a webpage, as the exports say.
      ["DC.type", "webpage"],
      ["DC.type", "Text"],
    ]);
  });

  it("type a paper with no venue as a webpage for Zotero, as its exports do (ELEC, @online, CSL webpage)", () => {
    const types = (r: ReturnType<typeof sparseRecord>) => dublinCoreTags(r).filter((t) => t.name === "DC.type").map((t) => t.content);
    expect(types(sparseRecord("zh"))).toEqual(["webpage", "Text"]);
    expect(types(completeRecord("zh"))).toEqual(["Text"]);
    expect(JSON.parse(exportCitation(sparseRecord("zh"), "json"))[0].type).toBe("webpage");
  });

  it("leave out what the sparse metadata lacks", () => {
    const names = dublinCoreTags(sparseRecord("zh")).map((t) => t.name);
    expect(names).not.toContain("DC.creator");
    expect(names).not.toContain("DC.date");
    expect(names).not.toContain("DC.rights");
    expect(dublinCoreTags(sparseRecord("zh")).find((t) => t.name === "DC.language")?.content).toBe("zh-Hans");
  });
});

describe("Zotero's Extra field (z.extra)", () => {
  it("tells the item saved from the translation that it is one: the note, the original title and date, and the translator as a CSL name", () => {
    expect(pairs(zoteroTags(completeRecord("en")))).toEqual([
      [
        "z.extra",
        [
          "A translation of “互联网金融的业务模式与发展趋势：以蚂蚁金服为例” (DOI: 10.5555/jff.2019.0312).",
          "original-title: 互联网金融的业务模式与发展趋势：以蚂蚁金服为例",
          "original-date: 2019-06-15",
          "translator: Li || Yi",
        ].join("\n"),
      ],
    ]);
  });

  it("says an editorial title is one, and gives the original nothing when its title is the author's", () => {
    expect(zoteroTags(sparseRecord("zh")).map((t) => t.content)).toEqual(["题名为编者所拟，原文未提供标题。"]);
    expect(zoteroTags(completeRecord("zh"))).toEqual([]);
  });
});

describe("the record", () => {
  it("names what the sparse metadata is missing, and nothing for a complete one", () => {
    expect(missingFields(sparseRecord("zh"))).toEqual(["authors", "date", "venue", "doi", "license"]);
    expect(missingFields(completeRecord("zh"))).toEqual([]);
  });

  it("splits a page range, or keeps a single page", () => {
    expect(splitPages("45–67")).toEqual({ firstPage: "45", lastPage: "67" });
    expect(splitPages("45")).toEqual({ firstPage: "45" });
    expect(splitPages(undefined)).toEqual({});
  });
});
