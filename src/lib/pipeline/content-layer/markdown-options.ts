// The remark and rehype plugins Astro's content layer runs on each paper file (.md and .mdx alike): only what depends on that file alone.
import { fileURLToPath } from "node:url";
import type { RehypePlugins, RemarkPlugins, UnifiedProcessorOptions } from "@astrojs/markdown-remark";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { rehypeFigures } from "./figures.ts";
import { rehypeFootnoteLabels } from "./footnotes.ts";
import { deferErrors } from "../file/deferred-error.ts";
import { rehypeLineMarks } from "../file/line-marks.ts";
import { rehypeMath } from "./math.ts";
import { rehypeSectionIds } from "./section-ids.ts";
import { remarkNestingLimit } from "./nesting-limit.ts";
import { rehypeUrlRule } from "./url-rule.ts";
import { moduleDigest } from "../../cache/module-digest.ts";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

/**
 * The code behind the rendered Markdown Astro caches: this module and everything it imports, down to the
 * interface strings the plugins write (src/lib/i18n/ui.ts), and the versions of the packages they use.
 */
export const contentLayerCode = (): string => moduleDigest(root, [fileURLToPath(import.meta.url)]);

let code: string | undefined;
/**
 * Worked out when read, which is when Astro hashes its config. The copy of these options bundled into the
 * build's page code (src/data/paper.ts) never reads it; there import.meta.url is the bundle, not this file.
 */
const codeOption = {
  get code(): string {
    code ??= contentLayerCode();
    return code;
  },
};

/**
 * GFM is configured here rather than left to Astro's default, so that tables, footnotes,
 * strikethrough and autolinks are a tested part of the pipeline. remarkNestingLimit comes first: its depth
 * check must run before GFM's recursive transforms. `singleTilde: false`: a lone "~"
 * is common in Chinese ranges (2013~2018) and must not strike text through.
 */
export const remarkPlugins: RemarkPlugins = [remarkNestingLimit, [remarkGfm, { singleTilde: false }], remarkMath];

/**
 * Citations, corrections, translator's notes, counterpart links, numbers and cross-references
 * depend on other files or on both languages, so they are resolved at page time
 * (src/lib/pipeline/page-time/resolve.ts), where the dev server watches those files. The content layer keeps the
 * source lines (data-line) so later errors still name the file and line.
 * `code` (unused by the plugin) is a digest of the plugins' code (contentLayerCode): Astro keeps rendered
 * Markdown until the file or the config changes, so a change to the plugins must change the config.
 * deferErrors: an error is kept with the file and raised once, by the page (src/lib/pipeline/file/deferred-error.ts).
 */
export const rehypePlugins: RehypePlugins = [
  [deferErrors(rehypeLineMarks), codeOption],
  deferErrors(rehypeMath),
  deferErrors(rehypeFigures),
  deferErrors(rehypeFootnoteLabels),
  deferErrors(rehypeSectionIds),
  // Last, so it sees every URL the plugins above wrote too.
  deferErrors(rehypeUrlRule),
];

/**
 * Footnotes are anchored at "fn-<label>" and "fnref-<label>", the ids the translation status names them by
 * (src/lib/translation/units.ts). remark-rehype's default "user-content-" prefix guards a page against ids
 * from untrusted Markdown shadowing its globals; a paper file is the author's own, and "fn-" alone already
 * keeps a footnote's id from being any global's name.
 */
const remarkRehype = { clobberPrefix: "" };

/** The processor's options, shared by astro.config.mjs (Markdown and MDX) and the tests. */
export const markdownOptions = { remarkPlugins, rehypePlugins, remarkRehype, gfm: false, smartypants: false } satisfies UnifiedProcessorOptions;
