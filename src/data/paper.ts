// Loads the paper in every language from the content collections, resolves it and checks that the versions align.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { getCollection, type CollectionEntry } from "astro:content";
import { checkAlignment } from "../lib/pipeline/page-time/alignment.ts";
import { GLOSSARY_FILE, glossaryProblems, loadGlossary } from "../lib/inputs/glossary.ts";
import { LANGS, type Lang } from "../lib/i18n/ui.ts";
import { markdownOptions } from "../lib/pipeline/content-layer/markdown-options.ts";
import { StructureSchema, type Structure } from "../lib/syntax/structure.ts";
import { checkPaperFrontmatter, splitFrontmatter } from "../lib/inputs/paper-frontmatter.ts";
import { checkTranslationStatus } from "../lib/translation/project.ts";
import { warnOnChange } from "../lib/dev/warn-on-change.ts";
import { METADATA_FILE, parseMetadata, type Metadata } from "../lib/inputs/metadata.ts";
import { checkPaperFiles } from "../lib/inputs/paper-files.ts";
import { resolveVersion, type Block, type Heading } from "../lib/pipeline/page-time/resolve.ts";
import { inputsFingerprint, readInput } from "./inputs.ts";
import { renderContent } from "./render-content.ts";

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
  /** Headings and paragraphs with their shared ids, text and source lines. */
  blocks: Block[];
}

interface Rendered {
  lang: Lang;
  file: string;
  abstract: string;
  structure: Structure;
  html: string;
  digest: string;
}

type Entry = CollectionEntry<"paper">;

async function findEntry(lang: Lang): Promise<Entry> {
  const entries = await getCollection("paper", (e) => e.data.lang === lang);
  const [entry, extra] = entries;
  if (!entry) {
    throw new Error(`content/paper: no ${lang} version of the paper. Add content/paper/${lang}.md with "lang: ${lang}" in its frontmatter.`);
  }
  if (extra) {
    throw new Error(`content/paper: two files declare "lang: ${lang}" (${entry.filePath}, ${extra.filePath}); keep one.`);
  }
  return entry;
}

async function renderVersion(lang: Lang, entry: Entry): Promise<Rendered> {
  const file = entry.filePath ?? `content/paper/${lang}.md`;
  const text = readInput(file);
  // The content layer can miss a save (it may read the file while the editor is still writing it, fail,
  // and keep the old version) or store a file it could not render. The page then renders the file as
  // it is on disk, so that it never shows a stale version and raises any error with its file and line.
  // (Markdown only: an MDX entry never has `rendered`; Vite compiles and reports MDX files itself.)
  // (The stored body has no trailing newline.)
  const stale = entry.rendered === undefined || entry.body === undefined || !text?.trimEnd().endsWith(entry.body.trimEnd());
  if (text !== undefined && !file.endsWith(".mdx") && stale) return renderSource(lang, file, text);
  const { html, frontmatter } = await renderContent(entry);
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
  const structure = StructureSchema.parse(metadata.frontmatter["structure"]);
  return { lang, file, abstract: frontmatter.abstract, structure, html: code, digest: `source:${text}` };
}

function resolve(r: Rendered, numberingKeys?: readonly string[]): PaperVersion & { citationOrder: string[] } {
  const out = resolveVersion(r.html, { lang: r.lang, file: r.file, root: process.cwd(), read: readInput, ...(numberingKeys ? { numberingKeys } : {}) });
  return { lang: r.lang, file: r.file, abstract: r.abstract, structure: r.structure, ...out };
}

/** The translation should follow the glossary; where it does not, the build says where, once. */
function warnGlossary(zh: PaperVersion, en: PaperVersion): void {
  const english = new Map(en.blocks.map((b) => [b.id, b]));
  const aligned = zh.blocks.map((b) => ({ id: b.id, zh: b.text, en: english.get(b.id)?.text ?? "" }));
  const problems = glossaryProblems(aligned, loadGlossary(readInput));
  if (problems.length === 0) return;
  const at = (id: string) => `${en.file}:${english.get(id.split(":")[0] ?? "")?.line ?? "?"}`;
  const message = `[glossary] ${problems.length} English ${problems.length === 1 ? "passage does" : "passages do"} not use the agreed term (${GLOSSARY_FILE}):\n${problems.map((p) => `  ${at(p)} ${p}`).join("\n")}`;
  warnOnChange("glossary", message);
}

// One result per state of the paper and data files.
let cached: { key: string; paper: Promise<Record<Lang, PaperVersion>> } | undefined;

/** Every language version, resolved, after the alignment check has passed. */
export async function loadPaper(): Promise<Record<Lang, PaperVersion>> {
  // The content layer keeps one of zh.md and zh.mdx and only warns: say which two files, and fail.
  checkPaperFiles(process.cwd());
  const [zhEntry, enEntry] = await Promise.all(LANGS.map(findEntry));
  if (!zhEntry || !enEntry) throw new Error("unreachable: LANGS has zh and en");
  // Every page, card and export asks for the paper: it is rendered and resolved once per state of its
  // files (the fingerprint covers the paper files on disk too, for a save the content layer missed).
  const key = `${String(zhEntry.digest)}\n${String(enEntry.digest)}\n${inputsFingerprint()}`;
  if (cached?.key !== key) {
    const paper = (async () => {
      const [zhRendered, enRendered] = await Promise.all([renderVersion("zh", zhEntry), renderVersion("en", enEntry)]);
      // Sections and paragraphs first: corrections and notes are placed by their ids.
      checkAlignment(zhRendered, enRendered, { cites: false });
      // The Chinese is resolved first: its order of first citation numbers the references in both languages.
      // Resolving before the citations are compared names a key missing from the bibliography precisely.
      const zh = resolve(zhRendered);
      const en = resolve(enRendered, zh.citationOrder);
      checkAlignment(zh, en);
      checkTranslationStatus(process.cwd(), { source: zh.file, translation: en.file });
      warnGlossary(zh, en);
      return { zh, en };
    })();
    cached = { key, paper };
  }
  return cached.paper;
}

let metadataCache: { text: string; metadata: Metadata } | undefined;

/**
 * The paper's metadata, read from disk like the other data files and validated here, so that a bad
 * value or a YAML slip is an error naming content/metadata.yaml and its line (a content collection
 * gives no line, and keeps its last good copy after a syntax error). Parsed once per text of the file.
 */
export async function loadMetadata(): Promise<Metadata> {
  const text = readInput(METADATA_FILE);
  if (text === undefined) throw new Error(`${METADATA_FILE}: not found. The paper's title and keywords go there (see README, "Replacing the paper").`);
  if (metadataCache?.text !== text) metadataCache = { text, metadata: parseMetadata(text) };
  return metadataCache.metadata;
}
