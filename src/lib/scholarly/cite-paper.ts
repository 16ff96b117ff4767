// "Cite this paper": the paper as CSL-JSON, formatted by the project's citeproc setup, and exported as
// BibLaTeX, RIS and CSL-JSON, written here field by field so that every value is escaped for its format.
import type { CslItem } from "../bibliography/schema.ts";
import { LOCALES } from "../i18n/locales.ts";
import { formatEntries, PAGE_LOCALE, type StyleFiles } from "../bibliography/format.ts";
import { cslPersonName, invertedName, isOrganization, type CreatorName } from "./person-name.ts";
import { defined, indexedTitle, isoDate, recordNote, typeOf, type ScholarlyRecord } from "./record.ts";

export const EXPORTS = {
  bib: { file: "paper.bib", label: "BibTeX", type: "application/x-bibtex; charset=utf-8" },
  ris: { file: "paper.ris", label: "RIS", type: "application/x-research-info-systems; charset=utf-8" },
  json: { file: "paper.json", label: "CSL-JSON", type: "application/vnd.citationstyles.csl+json; charset=utf-8" },
} as const;
export type ExportFormat = keyof typeof EXPORTS;


/** Words that make no citation key ("the", "a"): the key takes the first word of the title after them. */
const KEY_STOPWORDS = new Set(["a", "an", "the", "on", "of", "in", "and", "to", "for"]);

/** Letters and digits only, lower case and without accents: what every BibTeX reader accepts in a key. */
function keyPart(text: string): string {
  return text.normalize("NFKD").replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
}

function titleWord(title: string, languageTag: string): string {
  const words = [...new Intl.Segmenter(languageTag, { granularity: "word" }).segment(title)].filter((s) => s.isWordLike).map((s) => keyPart(s.segment));
  // Two characters at least: the word segmenter splits some Chinese words into single characters (互|联|网).
  return words.find((w) => [...w].length > 1 && !KEY_STOPWORDS.has(w)) ?? "";
}

/**
 * A citation key as reference managers make them, first author's family name + year + first title
 * word ("wang2019internet", "王2019金融"): each language version has its own title and names, so the
 * two never collide in a user's library, and no two papers get the generic "paper".
 */
export function citationKey(record: ScholarlyRecord): string {
  const first = record.authors[0]?.name;
  const family = first ? keyPart(isOrganization(first) ? (first.organization.split(/\s+/)[0] ?? "") : first.family) : "";
  const year = (record.date ?? record.translationOf?.date)?.[0] ?? "";
  return `${family}${year}${titleWord(record.title, record.languageTag)}` || "paper";
}

/** The paper as CSL-JSON; a journal article when the venue is known, otherwise an online text. */
export function paperCsl(record: ScholarlyRecord): CslItem {
  const key = citationKey(record);
  const pages = [record.firstPage, record.lastPage].filter(Boolean).join("-");
  return {
    id: key,
    "citation-key": key,
    type: typeOf(record).csl,
    title: record.title,
    ...(record.authors.length ? { author: record.authors.map((a) => cslPersonName(a.name)) } : {}),
    ...(record.date ? { issued: { "date-parts": [record.date] } } : {}),
    ...defined({
      "container-title": record.venue,
      "container-title-short": record.journalAbbreviation,
      ISSN: record.issn,
      publisher: record.publisher,
      volume: record.volume,
      issue: record.issue,
      page: pages,
      DOI: record.doi,
      URL: record.url,
      language: PAGE_LOCALE[record.lang],
      abstract: record.abstract,
      // citation-js splits keywords at commas and keeps any space after one.
      keyword: record.keywords.join(","),
      note: recordNote(record),
      "original-title": record.translationOf?.title,
    }),
    ...(record.translators.length ? { translator: record.translators.map((a) => cslPersonName(a.name)) } : {}),
  };
}

/**
 * The formatted citation in the page's style (GB/T 7714-2015 in the page's locale). A reader of the
 * box sees an editorial title in [square brackets], the cataloguing mark of a supplied title (ISBD);
 * the machine-readable record gives the title clean, with the note.
 */
export function formattedCitation(record: ScholarlyRecord, files: StyleFiles, accessed?: readonly number[]): string {
  // GB/T 7714 (8.8.2) requires the date a reader saw an online work, [引用日期]: the date the page was built.
  const item = { ...paperCsl(record), title: indexedTitle(record.title, record.titleEditorial), ...(accessed ? { accessed: { "date-parts": [[...accessed]] } } : {}) };
  const text = formatEntries([item], record.lang, files).get(item.id);
  if (!text) throw new Error(`citeproc gave no citation for the paper (${item.id}).`);
  return text;
}

export function exportCitation(record: ScholarlyRecord, format: ExportFormat): string {
  if (format === "bib") return biblatex(record);
  if (format === "ris") return ris(record);
  return `${JSON.stringify([paperCsl(record)], null, 2)}\n`;
}

// ——— BibLaTeX ———

const LATEX: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
};

/**
 * A literal field's value for LaTeX: its special characters as commands (so every brace in the value is
 * balanced and none can close the field), "--" kept from becoming a dash, and any line break a space.
 */
export function latexText(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/[\\{}&%$#_~^<>]/g, (c) => LATEX[c] ?? c)
    .replace(/-(?=-)/g, "-{}");
}

/**
 * A verbatim field's value (doi, url): biber takes it as it is, so no command can escape it; what could
 * unbalance the braces or end the value (braces, backslash, whitespace, quotes) is percent-encoded, as a URL may be.
 */
export function verbatimText(value: string): string {
  return value.replace(/[\s\p{Cc}{}\\"%]/gu, (c) => (c === "%" ? c : [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")));
}

/** `{Family}, {Given}`: braced so no reader re-splits a part; an organisation doubly braced, kept whole. */
function bibName(name: CreatorName): string {
  if (isOrganization(name)) return `{${latexText(name.organization)}}`;
  return name.given ? `{${latexText(name.family)}}, {${latexText(name.given)}}` : `{${latexText(name.family)}}`;
}

function biblatex(r: ScholarlyRecord): string {
  const type = typeOf(r);
  const literal = (field: string, value: string | undefined): [string, string][] => (value ? [[field, latexText(value)]] : []);
  const verbatim = (field: string, value: string | undefined): [string, string][] => (value ? [[field, verbatimText(value)]] : []);
  const pages = [r.firstPage, r.lastPage].filter(Boolean).map((p) => latexText(p ?? "")).join("--");
  const fields: [string, string][] = [
    ...(r.authors.length ? ([["author", r.authors.map((a) => bibName(a.name)).join(" and ")]] as [string, string][]) : []),
    ...literal("title", r.title),
    ...(type.bib === "article" ? [...literal("journaltitle", r.venue), ...literal("shortjournal", r.journalAbbreviation), ...literal("issn", r.issn)] : []),
    ...(type.bib === "online" ? literal("organization", r.publisher) : []),
    ...literal("date", r.date && isoDate(r.date)),
    ...literal("volume", r.volume),
    ...literal("number", r.issue),
    ...(pages ? ([["pages", pages]] as [string, string][]) : []),
    ...verbatim("doi", r.doi),
    ...verbatim("url", r.url),
    ...literal("langid", LOCALES[r.lang].langid),
    ...literal("abstract", r.abstract),
    // biblatex splits keywords at commas: a keyword holding one is braced after escaping.
    ...(r.keywords.length ? ([["keywords", r.keywords.map((k) => (k.includes(",") ? `{${latexText(k)}}` : latexText(k))).join(", ")]] as [string, string][]) : []),
    // @online has no translator field in biblatex's data model; an editor of type translator is its way.
    ...(r.translators.length
      ? ([
          ["editor", r.translators.map((a) => bibName(a.name)).join(" and ")],
          ["editortype", "translator"],
        ] as [string, string][])
      : []),
    ...literal("origtitle", r.translationOf?.title),
    ...literal("note", recordNote(r)),
  ];
  return `@${type.bib}{${citationKey(r)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}\n`;
}

// ——— RIS ———

/** A RIS value on one line: a line break in a value would start a tag of its own. */
export function risText(value: string): string {
  return value.replace(/[\p{Cc}\u2028\u2029]+/gu, " ").trim();
}

/** RIS DA: YYYY/MM/DD/, zero-padded, the parts not known left empty. */
function risDate(date: readonly number[]): string {
  const [year, month, day] = date;
  const pad = (n: number | undefined) => (n === undefined ? "" : String(n).padStart(2, "0"));
  return `${year}/${pad(month)}/${pad(day)}/`;
}

/**
 * A creator's AU value. A person is "Family, Given". An organisation is its name, a comma and two
 * spaces ("Fictional Policy Institute,  "), the one form that the readers we test against all take as
 * one whole name (checked in tests/lib/scholarly/cite-paper.test.ts):
 * - Zotero's RIS translator (zotero/translators RIS.js) trims the value, takes the text before the first
 *   comma as the last name and the rest as the first name, and makes a creator with no first name a
 *   single-field (corporate) one: "Org," and "Org" both import as the organisation, whole. (Its own
 *   export writes a single-field creator without the comma; the trailing comma is also EndNote's mark
 *   of a corporate author.)
 * - astrocite-ris reads every AU as a personal name: without a comma it splits "Fictional Policy
 *   Institute" into given "Fictional", family "Policy Institute", and a Chinese name such as 虚构金融研究院
 *   (no capital Latin letter) becomes an empty family name. With one comma it needs ", " and at least one
 *   more character to match, so only "Org,  " gives family "Org" (and an empty given name); "Org," loses
 *   the name altogether. A name with a lower-case word ("Bank of China") still has that word taken for
 *   a particle, its text kept in order.
 * - citation-js reads "Org,  " as family "Org" with an empty given name (without the comma, a literal).
 */
function risCreator(name: CreatorName): string {
  return isOrganization(name) ? `${risText(name.organization)},  ` : risText(invertedName(name));
}

function ris(r: ScholarlyRecord): string {
  const line = (tag: string, value: string | undefined): string[] => (value ? [`${tag}  - ${risText(value)}`] : []);
  const lines = [
    ...line("TY", typeOf(r).ris),
    ...line("ID", citationKey(r)),
    ...r.authors.map((a) => `AU  - ${risCreator(a.name)}`),
    ...line("TI", r.title),
    ...line("T2", r.venue),
    ...line("J2", r.journalAbbreviation),
    ...line("SN", r.issn),
    ...line("PB", r.publisher),
    ...line("PY", r.date && String(r.date[0])),
    ...line("DA", r.date && risDate(r.date)),
    ...line("VL", r.volume),
    ...line("IS", r.issue),
    ...line("SP", r.firstPage),
    ...line("EP", r.lastPage),
    ...line("DO", r.doi),
    ...line("UR", r.url),
    ...line("LA", r.languageTag),
    ...line("AB", r.abstract),
    ...r.keywords.flatMap((k) => line("KW", k)),
    ...line("N1", recordNote(r)),
    "ER  - ",
  ];
  return `${lines.join("\n")}\n`;
}
