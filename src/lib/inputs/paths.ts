// Every input file of a paper, by its path relative to the project root: the one place they are named.
import type { Lang } from "../i18n/locales.ts";
import type { ReadInput } from "./read.ts";

/** The folder holding one Markdown or MDX file per language (zh.md, en.mdx, …) and the images beside them. */
export const PAPER_DIR = "content/paper";

/** The extensions a paper file may have; both go through the same pipeline. */
export const PAPER_EXTENSIONS = [".md", ".mdx"] as const;

/** The translation-status record's name: it sits beside the paper's files (recordFor in src/lib/translation/project.ts). */
export const TRANSLATION_STATUS_NAME = "translation-status.yaml";

export const INPUT_FILES = {
  metadata: "content/metadata.yaml",
  corrections: "content/corrections.yaml",
  translatorNotes: "content/translator-notes.yaml",
  glossary: "content/glossary.yaml",
  edition: "content/edition.yaml",
  translationStatus: `${PAPER_DIR}/${TRANSLATION_STATUS_NAME}`,
  bibliography: "bibliography/references.bib",
  style: "bibliography/styles/gb-t-7714-2015-numeric-bilingual.csl",
} as const;

/** The paper file of a language with a given extension (the content layer says which one exists). */
export function paperFile(lang: Lang, extension: (typeof PAPER_EXTENSIONS)[number] = ".md"): string {
  return `${PAPER_DIR}/${lang}${extension}`;
}

/** A citeproc locale the project ships itself (citation-js bundles the others), e.g. locales-zh-CN.xml. */
export function cslLocaleFile(cslLocale: string): string {
  return `bibliography/styles/locales-${cslLocale}.xml`;
}

/**
 * Every file a page reads, as globs: what the input fingerprint digests and the dev server watches.
 * (src/integrations/dev-loop/watched-files.ts repeats them, since Vite takes only literal globs; a unit test keeps them equal.)
 */
export const INPUT_PATTERNS = ["content/*.yaml", `${PAPER_DIR}/*.{md,mdx,yaml}`, "bibliography/**/*.{bib,csl,xml}"] as const;

/** A language's paper file as it is: the .md when there is one, else the .mdx, else (for messages) the .md. */
export function existingPaperFile(lang: Lang, read: ReadInput): string {
  const mdx = paperFile(lang, ".mdx");
  return read(paperFile(lang)) === undefined && read(mdx) !== undefined ? mdx : paperFile(lang);
}
