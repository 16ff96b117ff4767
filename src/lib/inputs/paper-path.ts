// Where each language version of the paper lives: content/paper/<lang>.md, or .mdx.
import type { Lang } from "../i18n/locales.ts";
import type { ReadInput } from "./read.ts";

export const PAPER_DIR = "content/paper";

/** A language version's file, as the README names it. */
export function paperFile(lang: Lang, ext: "md" | "mdx" = "md"): string {
  return `${PAPER_DIR}/${lang}.${ext}`;
}

/** The version's file as it is: the .md when there is one, else the .mdx, else (for messages) the .md. */
export function existingPaperFile(lang: Lang, read: ReadInput): string {
  const md = paperFile(lang);
  const mdx = paperFile(lang, "mdx");
  return read(md) === undefined && read(mdx) !== undefined ? mdx : md;
}
