// Renders a content file as the site does: Astro's unified processor (content layer), then page-time resolution.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createMarkdownProcessor, type RehypePlugins } from "@astrojs/markdown-remark";
import { load, type CheerioAPI } from "cheerio";
import { parse } from "yaml";
import { isLang } from "../../src/lib/i18n/ui.ts";
import { markdownOptions } from "../../src/lib/pipeline/content-layer/markdown-options.ts";
import { raiseDeferredError } from "../../src/lib/pipeline/file/deferred-error.ts";
import { readFromDisk, type ReadInput } from "../../src/lib/inputs/read.ts";
import { splitFrontmatter } from "../../src/lib/inputs/paper-frontmatter.ts";
import { resolveVersion } from "../../src/lib/pipeline/page-time/resolve.ts";
import { languagePair, type LanguagePair } from "../../src/lib/i18n/language-pair.ts";

type Metadata = Awaited<ReturnType<Awaited<ReturnType<typeof createMarkdownProcessor>>["render"]>>["metadata"];

export interface RenderedMarkdown {
  code: string;
  $: CheerioAPI;
  metadata: Metadata;
}

/**
 * Renders `file` (or `markdown` given as if it were that file). With no plugins given, it runs the
 * site's content-layer plugins and then resolves the page as src/data/paper.ts does (citations,
 * corrections, notes), reading the data files from disk, for the seed's direction unless `pair` says otherwise. Astro passes plugins the body without its
 * frontmatter, and the frontmatter as data.
 */
export async function renderMarkdown(
  file: string,
  options: { markdown?: string; rehypePlugins?: RehypePlugins; read?: ReadInput; pair?: LanguagePair } = {},
): Promise<RenderedMarkdown> {
  const raw = options.markdown ?? readFileSync(file, "utf8");
  const { yaml: frontmatter, body } = splitFrontmatter(raw) ?? { yaml: "", body: raw };
  const processor = await createMarkdownProcessor(
    options.rehypePlugins ? { rehypePlugins: options.rehypePlugins, smartypants: false } : markdownOptions,
  );
  const { code, metadata } = await processor.render(body, {
    fileURL: new URL(`file://${path.resolve(file)}`),
    frontmatter: parse(frontmatter),
  });
  // The plugins keep an error with the file; the page raises it (src/load/rendered-versions.ts), and so does this.
  raiseDeferredError(metadata.frontmatter, process.cwd());
  const lang = metadata.frontmatter["lang"];
  if (options.rehypePlugins || typeof lang !== "string" || !isLang(lang)) return { code, $: load(code), metadata };
  const root = process.cwd();
  const resolved = resolveVersion(code, { lang, pair: options.pair ?? languagePair(), file: path.relative(root, path.resolve(file)), root, read: options.read ?? readFromDisk(root) });
  return { code: resolved.html, $: load(resolved.html), metadata: { ...metadata, headings: resolved.headings } };
}
