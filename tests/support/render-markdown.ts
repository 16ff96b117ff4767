// Renders a content file through Astro's unified Markdown processor, as the site build does.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createMarkdownProcessor, type RehypePlugins } from "@astrojs/markdown-remark";
import { load, type CheerioAPI } from "cheerio";
import { parse } from "yaml";
import { rehypePlugins as sitePlugins } from "../../src/lib/markdown/pipeline.ts";

export interface RenderedMarkdown {
  code: string;
  $: CheerioAPI;
  metadata: Awaited<ReturnType<Awaited<ReturnType<typeof createMarkdownProcessor>>["render"]>>["metadata"];
}

/**
 * Renders `file` (or `markdown` given as if it were that file) with the site's plugins or the ones
 * given. Astro passes plugins the body without its frontmatter, and the frontmatter as data.
 */
export async function renderMarkdown(
  file: string,
  options: { markdown?: string; rehypePlugins?: RehypePlugins } = {},
): Promise<RenderedMarkdown> {
  const raw = options.markdown ?? readFileSync(file, "utf8");
  const [, frontmatter = "", body = raw] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw) ?? [];
  const processor = await createMarkdownProcessor({ rehypePlugins: options.rehypePlugins ?? sitePlugins, smartypants: false });
  const { code, metadata } = await processor.render(body, {
    fileURL: new URL(`file://${path.resolve(file)}`),
    frontmatter: parse(frontmatter),
  });
  return { code, $: load(code), metadata };
}
