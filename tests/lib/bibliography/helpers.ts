// Runs fixture Markdown through Astro's unified processor with the section-id and citation plugins.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { DEFAULT_ORIGINAL, type Lang } from "../../../src/lib/i18n/locales.ts";
import { rehypeCitations, type CitationOptions } from "../../../src/lib/pipeline/page-time/citations.ts";
import { rehypeSectionIds } from "../../../src/lib/pipeline/content-layer/section-ids.ts";
import { renderMarkdown } from "../../support/render-markdown.ts";

export const ROOT = process.cwd();
export const FIXTURES = "tests/fixtures/bib";
export const EXPORTS = ["zotero.bib", "better-bibtex.bib", "jabref.bib", "hostile.bib"];

const scratchDirs: string[] = [];

/** A folder under tests/.tmp (git-ignored) holding the given files; returns its path relative to the root. */
export function scratch(files: Record<string, string>): string {
  mkdirSync(path.join(ROOT, "tests/.tmp"), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, "tests/.tmp/bib-"));
  scratchDirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return path.relative(ROOT, dir);
}

/** Removes every folder `scratch` made (call in afterAll). */
export function removeScratch(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, FIXTURES, name), "utf8");
}

/** The export-shaped fixtures in one .bib, as a reader's library would be. */
export function exportsBib(): string {
  return EXPORTS.map(fixture).join("\n");
}

export interface Rendered {
  html: string;
  $: CheerioAPI;
}

/** Renders `file` (or `markdown` as if it were that file) with the section-id and citation plugins. */
/** `original` defaults to the default original's language (the seed's). */
export async function render(file: string, options: Omit<CitationOptions, "root" | "original"> & { original?: Lang }, markdown?: string): Promise<Rendered> {
  const { code, $ } = await renderMarkdown(path.join(ROOT, file), {
    ...(markdown === undefined ? {} : { markdown }),
    rehypePlugins: [rehypeSectionIds, [rehypeCitations, { root: ROOT, warn: () => {}, original: DEFAULT_ORIGINAL, ...options }]],
  });
  return { html: code, $ };
}
