// Loads the paper in every language from the content collections, resolves it and checks that the versions align.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { getCollection, getEntry, render } from "astro:content";
import { checkAlignment } from "../lib/alignment.ts";
import { LANGS, type Lang } from "../lib/i18n/ui.ts";
import { rehypePlugins } from "../lib/markdown/pipeline.ts";
import { StructureSchema, type Structure } from "../lib/markdown/structure.ts";
import { checkPaperFrontmatter } from "../lib/paper/frontmatter.ts";
import { checkTranslationStatus } from "../lib/translation/project.ts";
import type { Metadata } from "../lib/metadata.ts";
import { resolveVersion, type Heading } from "../lib/paper/resolve.ts";
import { readInput } from "./inputs.ts";

export interface PaperVersion {
  lang: Lang;
  /** The content file, as named in error messages. */
  file: string;
  abstract: string;
  structure: Structure;
  /** The article body as published: citations, corrections and notes resolved. */
  html: string;
  /** Headings as published (after corrections), for the table of contents. */
  headings: Heading[];
}

interface Rendered {
  lang: Lang;
  file: string;
  abstract: string;
  structure: Structure;
  html: string;
  digest: string;
}

async function renderVersion(lang: Lang): Promise<Rendered> {
  const entries = await getCollection("paper", (e) => e.data.lang === lang);
  const [entry, extra] = entries;
  if (!entry) {
    throw new Error(`content/paper: no ${lang} version of the paper. Add content/paper/${lang}.md with "lang: ${lang}" in its frontmatter.`);
  }
  if (extra) {
    throw new Error(`content/paper: two files declare "lang: ${lang}" (${entry.filePath}, ${extra.filePath}); keep one.`);
  }
  const file = entry.filePath ?? `content/paper/${lang}.md`;
  await explainRejectedSave(file, entry.body, entry.rendered);
  const { remarkPluginFrontmatter } = await render(entry);
  const structure = StructureSchema.parse(remarkPluginFrontmatter["structure"]);
  const html = entry.rendered?.html;
  if (html === undefined) throw new Error(`${file}: the content layer gave no rendered HTML for this file.`);
  return { lang, file, abstract: entry.data.abstract, structure, html, digest: String(entry.digest ?? html) };
}

/**
 * The content layer logs, but does not show, why it could not take a save of a paper file: it keeps the
 * last good version (bad frontmatter) or stores it unrendered (a plugin's error). Here the page raises
 * the same error, naming file and line, so the dev server's overlay shows it until the next good save.
 */
async function explainRejectedSave(file: string, body: string | undefined, rendered: unknown): Promise<void> {
  const text = readInput(file);
  if (text !== undefined && body !== undefined && !text.endsWith(body)) checkPaperFrontmatter(file, text);
  if (rendered === undefined && body !== undefined) {
    const processor = await createMarkdownProcessor({ rehypePlugins, smartypants: false });
    const frontmatter = text === undefined ? {} : checkPaperFrontmatter(file, text);
    await processor.render(body, { fileURL: pathToFileURL(path.resolve(file)), frontmatter });
  }
}

function resolve(r: Rendered, numberingKeys?: readonly string[]): PaperVersion & { citationOrder: string[] } {
  const out = resolveVersion(r.html, { lang: r.lang, file: r.file, root: process.cwd(), read: readInput, ...(numberingKeys ? { numberingKeys } : {}) });
  return { lang: r.lang, file: r.file, abstract: r.abstract, structure: r.structure, ...out };
}

// One result per state of the paper files; this module (and so the cache) is re-run when a data file changes.
let cached: { key: string; paper: Promise<Record<Lang, PaperVersion>> } | undefined;

/** Every language version, resolved, after the alignment check has passed. */
export async function loadPaper(): Promise<Record<Lang, PaperVersion>> {
  const [zhRendered, enRendered] = await Promise.all(LANGS.map(renderVersion));
  if (!zhRendered || !enRendered) throw new Error("unreachable: LANGS has zh and en");
  const key = `${zhRendered.digest}\n${enRendered.digest}`;
  if (cached?.key !== key) {
    const paper = (async () => {
      // Sections and paragraphs first: corrections and notes are placed by their ids.
      checkAlignment(zhRendered, enRendered, { cites: false });
      // The Chinese is resolved first: its order of first citation numbers the references in both languages.
      // Resolving before the citations are compared names a key missing from the bibliography precisely.
      const zh = resolve(zhRendered);
      const en = resolve(enRendered, zh.citationOrder);
      checkAlignment(zh, en);
      checkTranslationStatus(process.cwd(), { source: zh.file, translation: en.file });
      return { zh, en };
    })();
    cached = { key, paper };
  }
  return cached.paper;
}

export async function loadMetadata(): Promise<Metadata> {
  const entry = await getEntry("metadata", "paper");
  if (!entry) throw new Error('content/metadata.yaml: no "paper" entry. The file must start with "paper:".');
  return entry.data;
}
