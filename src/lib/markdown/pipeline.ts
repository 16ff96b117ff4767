// The rehype plugins Astro's content layer runs on each paper file: only what depends on that file alone.
import { fileURLToPath } from "node:url";
import type { RehypePlugins } from "@astrojs/markdown-remark";
import { inputsDigest } from "./inputs-digest.ts";
import { rehypeLineMarks } from "./line-marks.ts";
import { rehypeSectionIds } from "./section-ids.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * Citations, corrections, translator's notes and counterpart links depend on other files, so they
 * are resolved at page time (src/lib/paper/resolve.ts), where the dev server watches those files.
 * The content layer keeps the source lines (data-line) so later errors still name the file and line.
 * `code` (unused by the plugin) is a digest of these plugins' sources: Astro keeps rendered Markdown
 * until the file or the config changes, so a change to the plugins must change the config.
 */
export const rehypePlugins: RehypePlugins = [[rehypeLineMarks, { code: inputsDigest(root) }], rehypeSectionIds];
