// The HTML of a paper entry as its Content component renders it: the same for .md and .mdx, images included.
import { getContainerRenderer } from "@astrojs/mdx/container-renderer";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { loadRenderers } from "astro:container";
import { render, type CollectionEntry } from "astro:content";
import { mdxComponents } from "./mdx-components.ts";

let container: Promise<AstroContainer> | undefined;

/**
 * An MDX entry has no `rendered.html`, and a Markdown entry's keeps placeholders for its optimized
 * images: only the Content component gives the finished article. Rendering both kinds through it is
 * what makes the same text give the same article in .md and .mdx. MDX papers get the components in
 * src/load/mdx-components.ts without importing them.
 */
export async function renderEntry(entry: CollectionEntry<"paper">): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const html = await (await container).renderToString(Content, { props: { components: mdxComponents } });
  return { html, frontmatter: remarkPluginFrontmatter };
}
