import { describe, expect, it } from "vitest";
import { load } from "cheerio";
import { articleId, scholarlyArticle, serializeJsonLd } from "../../../src/lib/scholarly/json-ld.ts";
import { scholarlyRecord } from "../../../src/lib/scholarly/record.ts";
import { completeMetadata, completeRecord, pageUrl, pdfUrl, sparseRecord } from "../../support/scholarly-fixture.ts";

const zhArticle = () => scholarlyArticle(completeRecord("zh"), { url: pageUrl("en") });
const enArticle = () => scholarlyArticle(completeRecord("en"), { url: pageUrl("zh") });

/** The JSON-LD as a browser would read it out of the page: through an HTML parser, then JSON.parse. */
function throughHtml(value: unknown): unknown {
  const $ = load(`<html><head><script type="application/ld+json">${serializeJsonLd(value)}</script></head><body><p>after</p></body></html>`);
  expect($("script")).toHaveLength(1);
  expect($("body p").text()).toBe("after");
  return JSON.parse($("script").text());
}

describe("schema.org JSON-LD", () => {
  it("describes a complete record as a ScholarlyArticle with every field", () => {
    const a = throughHtml(zhArticle()) as Record<string, unknown>;
    expect(a).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      "@id": articleId(pageUrl("zh")),
      inLanguage: "zh-Hans",
      headline: "互联网金融的业务模式与发展趋势：以蚂蚁金服为例",
      abstract: "中文摘要。",
      keywords: ["互联网金融", "业务模式"],
      datePublished: "2019-06-15",
      pageStart: "45",
      pageEnd: "67",
      identifier: { "@type": "PropertyValue", propertyID: "DOI", value: "10.5555/jff.2019.0312" },
      sameAs: "https://doi.org/10.5555/jff.2019.0312",
      license: "https://creativecommons.org/licenses/by/4.0/",
      encoding: { "@type": "MediaObject", encodingFormat: "application/pdf", contentUrl: pdfUrl("zh") },
      isPartOf: {
        "@type": "PublicationIssue",
        issueNumber: "3",
        isPartOf: { "@type": "PublicationVolume", volumeNumber: "12", isPartOf: { "@type": "Periodical", name: "虚构金融研究" } },
      },
      author: [
        {
          "@type": "Person",
          // Chinese names family name first, with no space.
          name: "王小明",
          familyName: "王",
          givenName: "小明",
          affiliation: { "@type": "Organization", name: "虚构大学经济学院" },
          sameAs: "https://orcid.org/0000-0002-1825-0097",
        },
        { "@type": "Person", name: "Grace Fairweather", familyName: "Fairweather", givenName: "Grace", affiliation: { "@type": "Organization", name: "Imaginary Institute" } },
      ],
    });
    const citation = a["citation"] as Record<string, unknown>[];
    expect(citation).toHaveLength(19);
    expect(citation[1]).toMatchObject({ "@type": "ScholarlyArticle", name: "Bank Credit and Small Firms in an Imaginary Economy", sameAs: "https://doi.org/10.5555/jfe.2015.0304" });
    const authors = citation.flatMap((c) => (c["author"] as Record<string, unknown>[] | undefined) ?? []);
    expect(authors).toContainEqual({ "@type": "Person", name: "陈一", familyName: "陈", givenName: "一" });
    expect(authors).toContainEqual({ "@type": "Person", name: "Grace Fairweather", familyName: "Fairweather", givenName: "Grace" });
    // A braced .bib name is a corporate author: an Organization, never a Person.
    expect(authors).toContainEqual({ "@type": "Organization", name: "虚构金融研究院" });
    expect(authors).toContainEqual({ "@type": "Organization", name: "Fictional Policy Institute" });
    expect(authors.filter((p) => p["@type"] === "Person" && !p["familyName"])).toEqual([]);
  });

  it("links the original and its translation both ways", () => {
    const zh = throughHtml(zhArticle()) as Record<string, unknown>;
    const en = throughHtml(enArticle()) as Record<string, unknown>;
    expect(zh["workTranslation"]).toEqual({ "@id": en["@id"] });
    expect(en["translationOfWork"]).toEqual({ "@id": zh["@id"], name: "互联网金融的业务模式与发展趋势：以蚂蚁金服为例", inLanguage: "zh-Hans", sameAs: "https://doi.org/10.5555/jff.2019.0312" });
    expect(zh["translationOfWork"]).toBeUndefined();
    expect(en["workTranslation"]).toBeUndefined();
  });

  it("describes the translation as a translation: its translators, and none of the original's venue, date, pages or DOI", () => {
    const en = throughHtml(enArticle()) as Record<string, unknown>;
    expect(en["translator"]).toEqual([{ "@type": "Person", name: "Yi Li", familyName: "Li", givenName: "Yi" }]);
    for (const key of ["isPartOf", "datePublished", "pageStart", "pageEnd", "identifier", "sameAs"]) expect(en, key).not.toHaveProperty(key);
    expect((throughHtml(zhArticle()) as Record<string, Record<string, unknown>>)["isPartOf"]).toMatchObject({
      isPartOf: { isPartOf: { "@type": "Periodical", name: "虚构金融研究", alternateName: "虚构金融", issn: "1234-5679", publisher: { "@type": "Organization", name: "虚构出版社" } } },
    });
  });

  it("links them the other way round when the metadata says the original is English", () => {
    const metadata = { ...completeMetadata(), original: "en" as const };
    const record = (lang: "zh" | "en") => scholarlyRecord({ metadata, lang, abstract: "…", url: pageUrl(lang), originalUrl: pageUrl("en") });
    const zh = throughHtml(scholarlyArticle(record("zh"), { url: pageUrl("en") })) as Record<string, unknown>;
    const en = throughHtml(scholarlyArticle(record("en"), { url: pageUrl("zh") })) as Record<string, unknown>;
    expect(zh["translationOfWork"]).toMatchObject({ "@id": articleId(pageUrl("en")), inLanguage: "en" });
    expect(zh["isPartOf"]).toBeUndefined();
    expect(en["isPartOf"]).toMatchObject({ "@type": "PublicationIssue" });
    expect(en["workTranslation"]).toEqual({ "@id": articleId(pageUrl("zh")) });
    expect(zh["workTranslation"]).toBeUndefined();
    expect(en["translationOfWork"]).toBeUndefined();
  });

  it("cannot be broken out of by a title holding </script>, a comment or an ampersand", () => {
    const json = serializeJsonLd(enArticle());
    expect(json).not.toMatch(/[<>&]/);
    expect(json.toLowerCase()).not.toContain("</script");
    const back = throughHtml(enArticle()) as Record<string, unknown>;
    expect(back["headline"]).toBe("Internet Finance </script><script>alert(1)</script> & <!-- Business Models");
    expect(serializeJsonLd({ s: "a\u2028b" })).toBe('{"s":"a\\u2028b"}');
  });

  it("leaves out what the sparse metadata does not give", () => {
    const a = throughHtml(scholarlyArticle(sparseRecord("en"), { url: pageUrl("zh") })) as Record<string, unknown>;
    expect(Object.keys(a).sort()).toEqual(
      ["@context", "@type", "@id", "url", "mainEntityOfPage", "inLanguage", "headline", "name", "abstract", "keywords", "translationOfWork"].sort(),
    );
    expect(JSON.stringify(a)).not.toMatch(/undefined|null|""/);
  });
});
