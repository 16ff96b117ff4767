// Schema.org JSON-LD for a language version of the paper (ScholarlyArticle), and its safe serialisation.
import type { CreativeWork, Organization, Person, ScholarlyArticle, WithContext } from "schema-dts";
import type { CslItem } from "../bibliography/schema.ts";
import { creatorOfCsl, schemaCreator } from "./person-name.ts";
import { defined, doiLink, isoDate, orcidLink, type RecordAuthor, type ScholarlyRecord } from "./record.ts";

/** The node id of the article on its page, so the other version can refer to it. */
export function articleId(pageUrl: string): string {
  return `${pageUrl}#article`;
}

/** An author: a Person with family and given names (with affiliation and ORCID), or an Organization. */
function creator(a: RecordAuthor): Person | Organization {
  const node = schemaCreator(a.name);
  if (node["@type"] === "Organization") return node;
  return {
    ...node,
    ...(a.affiliation ? { affiliation: { "@type": "Organization", name: a.affiliation } } : {}),
    ...(a.orcid ? { identifier: orcidLink(a.orcid), sameAs: orcidLink(a.orcid) } : {}),
  };
}

/** The venue, its volume and its issue, nested as schema.org models a periodical. */
function isPartOf(r: ScholarlyRecord): ScholarlyArticle["isPartOf"] {
  if (!r.venue) return undefined;
  const periodical = {
    "@type": "Periodical",
    name: r.venue,
    ...defined({ alternateName: r.journalAbbreviation, issn: r.issn }),
    ...(r.publisher ? { publisher: { "@type": "Organization" as const, name: r.publisher } } : {}),
  } as const;
  const volume = r.volume ? ({ "@type": "PublicationVolume", volumeNumber: r.volume, isPartOf: periodical } as const) : undefined;
  if (r.issue) return { "@type": "PublicationIssue", issueNumber: r.issue, isPartOf: volume ?? periodical };
  return volume ?? periodical;
}

export function referenceWork(item: CslItem): CreativeWork {
  const year = item.issued?.["date-parts"]?.[0]?.[0];
  return {
    "@type": item.type.startsWith("article") || item.type === "paper-conference" ? "ScholarlyArticle" : item.type === "book" ? "Book" : "CreativeWork",
    ...defined({
      name: item.title,
      datePublished: year === undefined ? undefined : String(year),
      url: item.URL,
    }),
    ...(item.author?.length ? { author: item.author.map((n) => schemaCreator(creatorOfCsl(n))) } : {}),
    ...(item["container-title"] ? { isPartOf: { "@type": "CreativeWork", name: item["container-title"] } } : {}),
    ...(item.DOI ? { identifier: { "@type": "PropertyValue", propertyID: "DOI", value: item.DOI }, sameAs: doiLink(item.DOI) } : {}),
  };
}

/**
 * The article in one language. `counterpart` is the other version's page: a translation names the
 * work it translates (translationOfWork), the original names its translation (workTranslation); which
 * is which comes from the record (content/metadata.yaml, `original`).
 */
export function scholarlyArticle(r: ScholarlyRecord, counterpart: { url: string }): WithContext<ScholarlyArticle> {
  const other = { "@id": articleId(counterpart.url) };
  const partOf = isPartOf(r);
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    "@id": articleId(r.url),
    url: r.url,
    mainEntityOfPage: r.url,
    inLanguage: r.languageTag,
    headline: r.title,
    name: r.title,
    abstract: r.abstract,
    ...(r.keywords.length ? { keywords: r.keywords } : {}),
    ...(r.authors.length ? { author: r.authors.map(creator) } : {}),
    ...(r.date ? { datePublished: isoDate(r.date) } : {}),
    ...(partOf ? { isPartOf: partOf } : {}),
    ...defined({ pageStart: r.firstPage, pageEnd: r.lastPage }),
    ...(r.doi ? { identifier: { "@type": "PropertyValue", propertyID: "DOI", value: r.doi }, sameAs: doiLink(r.doi) } : {}),
    ...(r.licenseUrl || r.license ? { license: r.licenseUrl ?? r.license } : {}),
    ...(r.references.length ? { citation: r.references.map(referenceWork) } : {}),
    ...(r.pdfUrl ? { encoding: { "@type": "MediaObject", encodingFormat: "application/pdf", contentUrl: r.pdfUrl, inLanguage: r.languageTag } } : {}),
    ...(r.translators.length ? { translator: r.translators.map(creator) } : {}),
    ...(r.translationOf
      ? { translationOfWork: { ...other, ...defined({ name: r.translationOf.title, inLanguage: r.translationOf.languageTag, sameAs: r.translationOf.doi && doiLink(r.translationOf.doi) }) } }
      : { workTranslation: other }),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<", ">" and "&" are written as \u escapes,
 * which JSON reads as the same characters, so no value can close the element ("</script>") or open
 * a comment; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}
