// The English interface strings.
import type { Dictionary } from "../dictionary.ts";
import type { LanguagePair } from "../language-pair.ts";

/** The languages' names in English prose. */
const NAMES: Readonly<Record<string, string>> = { zh: "Chinese", en: "English" };
const name = (lang: string): string => NAMES[lang] ?? lang;

export const en: Dictionary = {
  siteName: "A bilingual paper",
  cardAlt: (title: string) => `Sharing card for the paper “${title}”`,
  languageName: "English",
  // The badge on an English heading, in the page's language, starting with the badge's visible mark (label in name).
  switchToLabel: (pair: LanguagePair): string => (pair.original === "zh" ? "中: read this section in the Chinese original" : "中: read this section in the Chinese translation"),
  counterpartMark: "中",
  skipToContent: "Skip to content",
  abstract: "Abstract",
  authorAbstract: "Abstract",
  keywords: "Keywords",
  contents: "Contents",
  editorialMark: "editorial",
  authors: "Authors",
  colophon: "About this edition",
  editorNotes: (pair: LanguagePair): string => `Corrections to the ${name(pair.original)} text`,
  editorNoteMark: "ed.",
  editorNoteLabel: (n: number) => `Editorial correction ${n}`,
  correctionText: (original: string, correction: string) => `The source has “${original}”; corrected to “${correction}”.`,
  correctionTitle: (original: string) => `The source has: ${original}`,
  translatorNotes: "Translator’s notes",
  glossary: "Glossary",
  glossaryIntro: (pair: LanguagePair): string =>
    `The translation renders each ${name(pair.original)} term below by the ${name(pair.translation)} term beside it, throughout.`,
  glossaryColumn: (lang: string) => name(lang),
  translatorNoteMark: "TN",
  translatorNoteLabel: (n: number) => `Translator’s note ${n}`,
  backToNote: (label: string) => `Back to the text: ${label}`,
  readIn: "Read in English",
  notFoundTitle: "Page not found",
  notFoundBody: "The page you are looking for does not exist.",
  home: "Home",
  venue: "Venue",
  date: "Date",
  doi: "DOI",
  license: "License",
  volumeIssue: "Volume (issue)",
  pages: "Pages",
  affiliations: "Affiliations",
  // The visible text ("iD") is part of the accessible name, as WCAG 2.5.3 asks.
  orcidLabel: (name: string) => `ORCID iD of ${name}`,
  references: "References",
  referenceLabel: (n: number) => `Reference ${n}`,
  referenceRangeLabel: (from: number, to: number) => `References ${from} to ${to}`,
  referenceMissing: "bibliographic details not given in the source",
  citedIn: "Cited in: ",
  citationPlace: (section: string, paragraph: string) => (paragraph ? `section ${section}, paragraph ${paragraph}` : `section ${section}`),
  backToCitation: (place: string) => `Back to the citation in ${place}`,
  citeTitle: "Cite this paper",
  citeStyle: "In GB/T 7714-2015 form:",
  citeCopy: "Copy citation",
  citeCopied: "Copied",
  citeDownloads: "Download the citation",
  citeMissing: (fields: readonly string[]) =>
    `The source does not give the ${fields.length > 1 ? `${fields.slice(0, -1).join(", ")} or ${fields.at(-1)}` : fields[0]}, so the citation lacks them.`,
  citeField: (field: string) => ({ authors: "authors", date: "date of publication", venue: "journal", pages: "pages", doi: "DOI", license: "license" })[field] ?? field,
  citeEditorialTitle: "The title in square brackets was supplied by the editors: the source gives none.",
  citeExportNote: "Title supplied by the editors; the source gives none.",
  citeTranslationOf: (title: string, doi: string) => `A translation of “${title}”${doi ? ` (DOI: ${doi})` : ""}.`,
  pdfLink: "PDF",
  pdfDownload: "Download PDF",
  referenceRunMissing: (from: number, to: number) => `[${from}]–[${to}]: bibliographic details not given in the source; each number is followed by the places that cite it.`,
  referenceRunMissingPrinted: (from: number, to: number) => `[${from}]–[${to}]: bibliographic details not given in the source.`,
  languageNav: "Language",
  darkMode: "Dark mode",
  parallelView: "Side by side",
  parallelTitle: (title: string) => `${title} (Chinese and English side by side)`,
  parallelIntro: (pair: LanguagePair): string => `The ${name(pair.original)} original and the ${name(pair.translation)} translation, paragraph by paragraph.`,
  versionName: (lang: string, pair: LanguagePair): string => `${name(lang)} ${lang === pair.original ? "original" : "translation"}`,
  jumpNav: "Jump to",
  skipToVersion: (name: string) => `Skip to the ${name}`,
  noteRefName: (mark: string, label: string) => `${mark}: ${label}`,
  footnotes: "Footnotes",
  backToFootnoteRef: (n: number, use: number) => (use > 1 ? `Back to the text of footnote ${n} (${use})` : `Back to the text of footnote ${n}`),
  tableRegion: "Table (scrolls sideways)",
  figureLabel: (n: number) => `Figure ${n}`,
  tableLabel: (n: number) => `Table ${n}`,
  equationNumber: (n: number) => `(${n})`,
  equationRef: (n: number) => `Equation (${n})`,
  sectionRef: (number: string) => `Section ${number}`,
  refSeparator: ", ",
  skeletonTitle: "Paper Title",
  skeletonKeywords: "first keyword, second keyword",
  skeletonAuthor: "Name, Author",
  skeletonVenue: "Journal name",
  skeletonAffiliation: "Institution",
  skeletonAbstract: "Write the English abstract here.",
  skeletonBody: `## 1. Introduction

Write the first section here. Every heading is numbered ("## 1. Introduction", "### 2.1. A subsection"), and the two versions have the same sections and paragraphs.

## 2. Conclusion

Write the second section here. README, "Writing your paper", shows how to write figures, tables, equations, footnotes and cross-references.
`,
  citeAsLabel: (translation: boolean) => (translation ? "Translated from" : "Cite as"),
  labelSeparator: ": ",
  nameSeparator: ", ",
  keywordSeparator: "; ",
};
