// The paper as indexers and citation tools see it in one language: one record from content/metadata.yaml.
import type { CslItem } from "../bibliography/schema.ts";
import { otherLang, ui, type Lang } from "../i18n/ui.ts";
import { LOCALES } from "../i18n/locales.ts";
import { isOriginal, languagePair } from "../i18n/language-pair.ts";
import type { CreatorName, DateParts, Metadata } from "../inputs/metadata.ts";

export interface RecordAuthor {
  name: CreatorName;
  affiliation?: string;
  orcid?: string;
}

export interface ScholarlyRecord {
  lang: Lang;
  /** BCP 47 tag of the language version (LOCALES[lang].tag). */
  languageTag: string;
  /** Whether this version is the author's text (content/metadata.yaml, `original`) rather than the translation. */
  isOriginal: boolean;
  /**
   * The title itself, never bracketed: Zotero and pandoc cut a short title at the colon, so a bracket
   * would be left open. An editorial title is said to be one in a note (titleEditorial).
   */
  title: string;
  titleEditorial: boolean;
  authors: RecordAuthor[];
  /** Publication date as year, month and day, as far as they are given. */
  date?: DateParts;
  venue?: string;
  journalAbbreviation?: string;
  issn?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  firstPage?: string;
  lastPage?: string;
  doi?: string;
  license?: string;
  licenseUrl?: string;
  keywords: string[];
  abstract: string;
  /** Absolute URL of this language version's page. */
  url: string;
  /** Absolute URL of this language version's PDF, only when it is built. */
  pdfUrl?: string;
  /** The complete references, in reference-list order. */
  references: CslItem[];
  /** Who translated this version: only on the translation, and only when the metadata names them. */
  translators: RecordAuthor[];
  /**
   * On the translation, the version of record it translates. The venue, date, pages and DOI are the
   * original's: the translation carries them only here, never as its own (README, "Scholarly metadata").
   */
  translationOf?: OriginalWork;
}

/** The original as the translation refers to it. */
export interface OriginalWork {
  title: string;
  languageTag: string;
  url?: string;
  doi?: string;
  venue?: string;
  date?: DateParts;
}

export interface RecordInput {
  metadata: Metadata;
  lang: Lang;
  abstract: string;
  url: string;
  pdfUrl?: string | undefined;
  references?: CslItem[];
  /** The original's page, which the translation links to. */
  originalUrl?: string | undefined;
}

/**
 * A title the source does not give is published in square brackets, the cataloguing convention
 * (ISBD, RDA 2.3.2.11) for a title supplied by someone other than the author, so an index that takes
 * it never presents it as the author's own words.
 */
export function indexedTitle(title: string, editorial: boolean): string {
  return editorial ? `[${title}]` : title;
}

/** The object without its undefined or empty-string fields: a missing field is left out, never blank. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};
export function defined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== "")) as Defined<T>;
}

export function splitPages(pages: string | undefined): { firstPage?: string; lastPage?: string } {
  if (!pages) return {};
  const [first, last] = pages.split(/\s*[-–]\s*/);
  return defined({ firstPage: first, lastPage: last });
}

/** The people in one language, falling back to the other where a name is given in one only. */
function peopleIn(people: Metadata["authors"], lang: Lang): RecordAuthor[] {
  const other = otherLang(lang);
  return people.map((a) =>
    defined({
      name: a.name[lang] ?? a.name[other] ?? { organization: "" },
      affiliation: a.affiliation?.[lang] ?? a.affiliation?.[other],
      orcid: a.orcid,
    }),
  );
}

/** Where the version of record was published: the original's, and only the original's. */
function publication(m: Metadata, lang: Lang) {
  return {
    date: m.date,
    venue: m.venue?.[lang],
    journalAbbreviation: m.journalAbbreviation?.[lang],
    issn: m.issn,
    publisher: m.publisher?.[lang],
    volume: m.volume,
    issue: m.issue,
    ...splitPages(m.pages),
    doi: m.doi,
  };
}

export function scholarlyRecord(input: RecordInput): ScholarlyRecord {
  const { metadata: m, lang } = input;
  const pair = languagePair(m.original);
  const original = isOriginal(pair, lang);
  const translationOf: OriginalWork | undefined = original
    ? undefined
    : defined({
        title: m.title[pair.original],
        languageTag: LOCALES[pair.original].tag,
        url: input.originalUrl,
        doi: m.doi,
        venue: m.venue?.[pair.original],
        date: m.date,
      });
  return defined({
    lang,
    languageTag: LOCALES[lang].tag,
    isOriginal: original,
    title: m.title[lang],
    titleEditorial: m.titleSource === "editorial",
    authors: peopleIn(m.authors, lang),
    ...(original ? publication(m, lang) : {}),
    translators: original ? [] : peopleIn(m.translators, lang),
    translationOf,
    license: m.license,
    licenseUrl: m.licenseUrl,
    keywords: m.keywords[lang],
    abstract: input.abstract.replace(/\s+/g, " ").trim(),
    url: input.url,
    pdfUrl: input.pdfUrl,
    references: input.references ?? [],
  });
}

/** The fields a complete scholarly record has and this one lacks, for saying so plainly. */
export type MissingField = "authors" | "date" | "venue" | "pages" | "doi" | "license";

/** On the translation, the publication fields are the original's: missing there, or given there (and not missing). */
export function missingFields(record: ScholarlyRecord): MissingField[] {
  const missing: MissingField[] = [];
  const source = record.translationOf ?? record;
  if (record.authors.length === 0) missing.push("authors");
  if (!source.date) missing.push("date");
  if (!source.venue) missing.push("venue");
  if (!record.translationOf && record.venue && !record.firstPage) missing.push("pages");
  if (!source.doi) missing.push("doi");
  if (!record.license) missing.push("license");
  return missing;
}

/** YYYY-MM-DD, or YYYY-MM or YYYY when that is all the metadata gives. */
export function isoDate(date: readonly number[]): string {
  return date.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("-");
}

/** The DOI's resolver URL, each path segment percent-encoded (a DOI may hold "#", "?" or "%", which a URL would misread). */
export function doiLink(doi: string): string {
  return `https://doi.org/${doi.split("/").map(encodeURIComponent).join("/")}`;
}

export function orcidLink(orcid: string): string {
  return `https://orcid.org/${orcid}`;
}

/**
 * The item type in each format, one row per case so that the exports and the page never disagree.
 * Without a venue the paper is an online text: @online, ELEC and CSL webpage are what pandoc, biber and
 * Zotero all read as the same thing (an @article without a journal fails biber's data model; @misc
 * reaches pandoc untyped), and Zotero's item type is what the page's DC.type asks for (meta-tags.ts).
 */
const TYPES = {
  journal: { csl: "article-journal", bib: "article", ris: "JOUR", zotero: "journalArticle" },
  online: { csl: "webpage", bib: "online", ris: "ELEC", zotero: "webpage" },
} as const;
export const typeOf = (r: ScholarlyRecord) => TYPES[r.venue ? "journal" : "online"];

/** What a reader of the item must know: that the editors supplied the title, that this is a translation and of what. */
export function recordNote(r: ScholarlyRecord): string | undefined {
  const t = ui[r.lang];
  const parts = [r.titleEditorial ? t.citeExportNote : undefined, r.translationOf ? t.citeTranslationOf(r.translationOf.title, r.translationOf.doi ?? "") : undefined];
  return parts.filter(Boolean).join(" ") || undefined;
}
