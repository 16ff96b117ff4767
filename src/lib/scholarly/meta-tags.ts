// Highwire Press (citation_*) and Dublin Core meta tags, which Google Scholar and Zotero read, from one record.
import type { CslItem } from "../bibliography/schema.ts";
import { creatorOfCsl, invertedName, isOrganization, type CreatorName } from "./person-name.ts";
import { doiLink, isoDate, recordNote, typeOf, type ScholarlyRecord } from "./record.ts";

export interface NamedMeta {
  name: string;
  content: string;
}

const tag = (name: string, content: string | undefined): NamedMeta[] => (content ? [{ name, content }] : []);

/** Highwire dates are year/month/day, as far as known. */
function highwireDate(date: readonly number[]): string {
  return isoDate(date).replaceAll("-", "/");
}

/** One `key=value` part of a citation_reference; a semicolon would end the part early. */
const part = (key: string, value: string | undefined): string[] => (value ? [`citation_${key}=${value.replaceAll(";", ",").trim()}`] : []);

/** A reference in the form Google Scholar documents for citation_reference. */
export function highwireReference(item: CslItem): string {
  const year = item.issued?.["date-parts"]?.[0]?.[0];
  const [first, last] = (item.page ?? "").split(/\s*[-–]\s*/);
  const journal = item.type.startsWith("article") ? "journal_title" : item.type === "paper-conference" ? "conference_title" : "inbook_title";
  return [
    ...part("title", item.title),
    ...(item.author ?? []).flatMap((n) => part("author", invertedName(creatorOfCsl(n)))),
    ...part(journal, item["container-title"]),
    ...part("publisher", item.publisher),
    ...part("publication_date", year === undefined ? undefined : String(year)),
    ...part("volume", item.volume),
    ...part("issue", item.issue),
    ...part("firstpage", first),
    ...part("lastpage", last),
    ...part("doi", item.DOI),
    ...part("public_url", item.URL),
  ].join("; ");
}

export function highwireTags(r: ScholarlyRecord): NamedMeta[] {
  return [
    ...tag("citation_title", r.title),
    ...r.authors.flatMap((a) => [
      ...tag("citation_author", invertedName(a.name)),
      ...tag("citation_author_institution", a.affiliation),
      ...tag("citation_author_orcid", a.orcid),
    ]),
    ...tag("citation_publication_date", r.date && highwireDate(r.date)),
    ...tag("citation_journal_title", r.venue),
    ...tag("citation_journal_abbrev", r.journalAbbreviation),
    ...tag("citation_issn", r.issn),
    ...tag("citation_publisher", r.publisher),
    ...tag("citation_volume", r.volume),
    ...tag("citation_issue", r.issue),
    ...tag("citation_firstpage", r.firstPage),
    ...tag("citation_lastpage", r.lastPage),
    ...tag("citation_doi", r.doi),
    ...tag("citation_language", r.lang),
    ...tag("citation_keywords", r.keywords.join("; ")),
    // The whole abstract: Zotero takes og:description (shortened for link previews) when this is missing.
    ...tag("citation_abstract", r.abstract),
    ...tag("citation_abstract_html_url", r.url),
    ...tag("citation_pdf_url", r.pdfUrl),
    ...r.references.flatMap((item) => tag("citation_reference", highwireReference(item))),
  ];
}

export function dublinCoreTags(r: ScholarlyRecord): NamedMeta[] {
  return [
    ...tag("DC.title", r.title),
    ...r.authors.flatMap((a) => tag("DC.creator", invertedName(a.name))),
    ...r.translators.flatMap((a) => tag("DC.contributor", invertedName(a.name))),
    ...tag("DC.date", r.date && isoDate(r.date)),
    ...tag("DC.language", r.languageTag),
    ...tag("DC.identifier", r.doi && doiLink(r.doi)),
    ...tag("DC.identifier", r.url),
    // The translation points at the work it translates, by its DOI when it has one, and by its page.
    ...tag("DC.relation", r.translationOf?.doi && doiLink(r.translationOf.doi)),
    ...tag("DC.relation", r.translationOf?.url),
    ...tag("DC.description", r.abstract),
    ...r.keywords.flatMap((k) => tag("DC.subject", k)),
    ...tag("DC.publisher", r.publisher),
    ...tag("DC.rights", r.license),
    // Zotero's Embedded Metadata translator makes any page with a citation_title a journalArticle, unless it
    // has a citation_journal_title (then it is one) or its RDF names a type: the first DC.type that is a
    // Zotero item type wins (RDF.js detectType). So a paper with no venue, and the translation, which
    // claims none, are saved as the webpage the exports describe (ELEC, @online, CSL webpage), not as
    // a journal article without a journal. "Text" stays for readers of the DCMI type vocabulary.
    ...tag("DC.type", r.venue ? undefined : typeOf(r).zotero),
    ...tag("DC.type", "Text"),
  ];
}

/** A creator in the form Zotero's Extra field gives CSL name variables: "Family || Given", an organisation whole. */
function extraName(name: CreatorName): string {
  if (isOrganization(name)) return name.organization;
  return name.given ? `${name.family} || ${name.given}` : name.family;
}

/**
 * Zotero's Extra field, through the `z.` prefix its Embedded Metadata translator passes to the RDF
 * translator (which copies any z: property onto the item). Embedded Metadata has no tag for a translator
 * or an original title, and drops DC creators once citation_author is given; Extra is where Zotero keeps
 * what its fields cannot hold, and its citation processor reads `key: value` lines naming CSL variables.
 * So the item saved from the translation says it is one (note, original-title, original-date, translator),
 * and an editorial title is said to be one, as the exports' note says.
 */
export function zoteroTags(r: ScholarlyRecord): NamedMeta[] {
  const original = r.translationOf;
  const lines = [
    recordNote(r),
    original && `original-title: ${original.title}`,
    original?.date && `original-date: ${isoDate(original.date)}`,
    ...r.translators.map((a) => `translator: ${extraName(a.name)}`),
  ].filter((line): line is string => Boolean(line));
  return tag("z.extra", lines.join("\n"));
}
