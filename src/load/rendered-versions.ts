// The paper's language versions as Astro's content layer rendered them, or as their files are on disk when it missed a save.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { getCollection, type CollectionEntry } from "astro:content";
import type { Lang } from "../lib/i18n/locales.ts";
import { checkPaperFrontmatter, splitFrontmatter } from "../lib/inputs/paper-frontmatter.ts";
import { PAPER_DIR, paperFile } from "../lib/inputs/paths.ts";
import { raiseDeferredError } from "../lib/pipeline/file/deferred-error.ts";
import { markdownOptions } from "../lib/pipeline/content-layer/markdown-options.ts";
import { StructureSchema, type Structure } from "../lib/syntax/structure.ts";
import { readInput } from "./inputs.ts";
import { renderEntry } from "./render-entry.ts";

export interface Rendered {
  lang: Lang;
  file: string;
  abstract: string;
  structure: Structure;
  html: string;
  digest: string;
}

export type Entry = CollectionEntry<"paper">;

export async function findEntry(lang: Lang): Promise<Entry> {
  const entries = await getCollection("paper", (e) => e.data.lang === lang);
  const [entry, extra] = entries;
  if (!entry) {
    throw new Error(`${PAPER_DIR}: no ${lang} version of the paper. Add ${paperFile(lang)} with "lang: ${lang}" in its frontmatter.`);
  }
  if (extra) {
    throw new Error(`${PAPER_DIR}: two files declare "lang: ${lang}" (${entry.filePath}, ${extra.filePath}); keep one.`);
  }
  return entry;
}

export async function renderVersion(lang: Lang, entry: Entry): Promise<Rendered> {
  const file = entry.filePath ?? paperFile(lang);
  const text = readInput(file);
  // The content layer can miss a save (it may read the file while the editor is still writing it, fail,
  // and keep the old version) or store a file it could not render. The page then renders the file as
  // it is on disk, so that it never shows a stale version and raises any error with its file and line.
  // (Markdown only: an MDX entry never has `rendered`; Vite compiles and reports MDX files itself.)
  // (The stored body has no trailing newline.)
  const stale = entry.rendered === undefined || entry.body === undefined || !text?.trimEnd().endsWith(entry.body.trimEnd());
  if (text !== undefined && !file.endsWith(".mdx") && stale) return renderSource(lang, file, text);
  const { html, frontmatter } = await renderEntry(entry);
  raiseDeferredError(frontmatter, process.cwd());
  const structure = StructureSchema.parse(frontmatter["structure"]);
  return { lang, file, abstract: entry.data.abstract, structure, html, digest: String(entry.digest ?? html) };
}

/** Renders a paper file's text with the content layer's own processor and plugins. */
async function renderSource(lang: Lang, file: string, text: string): Promise<Rendered> {
  const frontmatter = checkPaperFrontmatter(file, text);
  if (frontmatter.lang !== lang) throw new Error(`${file}:2: "lang: ${frontmatter.lang}" but this file is the ${lang} version; one file per language.`);
  const body = splitFrontmatter(text)?.body ?? text;
  const processor = await createMarkdownProcessor(markdownOptions);
  const { code, metadata } = await processor.render(body, { fileURL: pathToFileURL(path.resolve(file)), frontmatter });
  raiseDeferredError(metadata.frontmatter, process.cwd());
  const structure = StructureSchema.parse(metadata.frontmatter["structure"]);
  return { lang, file, abstract: frontmatter.abstract, structure, html: code, digest: `source:${text}` };
}
