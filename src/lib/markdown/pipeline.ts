// The rehype plugins that turn the paper's Markdown into the published article, in the order they run.
import { fileURLToPath } from "node:url";
import type { RehypePlugins } from "@astrojs/markdown-remark";
import { rehypeAnnotations } from "./annotations.ts";
import { rehypeCounterpartLinks } from "./counterpart-links.ts";
import { rehypeSectionIds } from "./section-ids.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

export const rehypePlugins: RehypePlugins = [
  // Ids first: annotations and citations refer to headings and paragraphs by these ids.
  rehypeSectionIds,
  // Editorial corrections (zh) and translator's notes (en), from content/*.yaml.
  [rehypeAnnotations, { root }],
  rehypeCounterpartLinks,
];
