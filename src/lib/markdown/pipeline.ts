// The rehype plugins that turn the paper's Markdown into the published article, in the order they run.
import { fileURLToPath } from "node:url";
import type { RehypePlugins } from "@astrojs/markdown-remark";
import { rehypeCitations } from "../bibliography/rehype-citations.ts";
import { rehypeAnnotations } from "./annotations.ts";
import { inputsDigest } from "./inputs-digest.ts";
import { rehypeCounterpartLinks } from "./counterpart-links.ts";
import { rehypeSectionIds } from "./section-ids.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

export const rehypePlugins: RehypePlugins = [
  // Ids first: annotations and citations refer to headings and paragraphs by these ids.
  rehypeSectionIds,
  // Editorial corrections (zh) and translator's notes (en), from content/*.yaml.
  [rehypeAnnotations, { root }],
  rehypeCounterpartLinks,
  // Citations last: section ids have recorded the [@key] markers and corrections have matched their text.
  // `inputs` (unused by the plugin) puts a digest of the data files and plugin code into the config,
  // so Astro's content cache re-renders the pages when any of them changes.
  [rehypeCitations, { root, inputs: inputsDigest(root) }],
];
