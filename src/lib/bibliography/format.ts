// Formats reference-list entries with citeproc-js, through the citation-js that rehype-citation bundles,
// using the project's own GB/T 7714-2015 style and each language's CSL locale (read from files, never fetched).
import { createHash } from "node:crypto";
import { Cite } from "rehype-citation";
import { LANGS, LOCALES, perLang, type Lang } from "../i18n/locales.ts";
import { cslLocaleFile, INPUT_FILES } from "../inputs/paths.ts";
import { readFromDisk, type ReadInput } from "../inputs/read.ts";
import type { CslItem } from "./schema.ts";
import { styleError, styleProblem } from "./style-check.ts";

/** Where the project keeps a language's own CSL locale, used instead of the one citation-js bundles. */
export function cslLocaleFileForLang(lang: Lang): string {
  return cslLocaleFile(LOCALES[lang].cslLocale);
}

/** The page's locale: the terms for works in none of the paper's languages, and the fallbacks. */
export const PAGE_LOCALE = perLang((lang) => LOCALES[lang].cslLocale);
export type PageLang = Lang;

export interface StyleFiles {
  style: string;
  /** Each language's own CSL locale file, where the project has one; the others are citation-js's. */
  locales: Partial<Record<Lang, string>>;
}

export function readStyleFiles(source: string | ReadInput): StyleFiles {
  const read = typeof source === "string" ? readFromDisk(source) : source;
  const style = read(INPUT_FILES.style);
  if (style === undefined) throw new Error(`${INPUT_FILES.style}: no such file. The reference list is formatted with it; restore it from git.`);
  const locales: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const text = read(cslLocaleFileForLang(lang));
    if (text !== undefined) locales[lang] = text;
  }
  return { style, locales };
}

interface CiteprocEngine {
  updateItems: (ids: string[]) => void;
  makeBibliography: () => [{ entry_ids: string[][] }, string[]] | false;
}

interface CslPlugin {
  engine: (data: CslItem[], style: string, lang: string, format: string) => CiteprocEngine;
  templates: { add: (name: string, xml: string) => void; has: (name: string) => boolean };
  locales: { add: (name: string, xml: string) => void; has: (name: string) => boolean; get: (name: string) => string };
}

function cslPlugin(): CslPlugin {
  const plugins = (Cite as unknown as { plugins: { config: { get: (name: string) => CslPlugin } } }).plugins;
  return plugins.config.get("@csl");
}

/** Registers the style and locales under a name derived from their content, so an edit is never served stale. */
function register(files: StyleFiles): string {
  const csl = cslPlugin();
  const hash = createHash("sha256").update(files.style);
  for (const lang of LANGS) hash.update(files.locales[lang] ?? "");
  const name = `paper-site-${hash.digest("hex").slice(0, 12)}`;
  if (!csl.templates.has(name)) {
    // citeproc-js answers a broken style with a TypeError or a stack overflow that names no file.
    const problem = styleProblem(files.style);
    if (problem) throw new Error(styleError(INPUT_FILES.style, problem));
    csl.templates.add(name, files.style);
  }
  for (const lang of LANGS) {
    const locale = PAGE_LOCALE[lang];
    const own = files.locales[lang];
    if (own !== undefined && (!csl.locales.has(locale) || csl.locales.get(locale) !== own)) csl.locales.add(locale, own);
    // citation-js falls back to APA for an unknown style and citeproc-js would ask for an unknown
    // locale by name: neither may happen here.
    if (!csl.locales.has(locale)) {
      throw new Error(`citation-js has no ${locale} locale and there is no ${cslLocaleFileForLang(lang)}: add the CSL locale file there (README, "Adding a language").`);
    }
  }
  return name;
}

/** Runs citeproc-js; whatever it throws is reported as a problem of the style file, which is the likely cause. */
function withStyleFile<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${INPUT_FILES.style}: citeproc-js could not format the references with this style: ${message}`, { cause: error });
  }
}

/**
 * The reference-list text of each item, in the given order: the order is the numbering, and
 * citeproc-js's own citation-number is checked against it. Plain text: the page builds its own
 * markup (links, escaping) from it.
 */
export function formatEntries(items: CslItem[], lang: PageLang, files: StyleFiles): Map<string, string> {
  const out = new Map<string, string>();
  if (items.length === 0) return out;
  const style = register(files);
  const result = withStyleFile(() => {
    const engine = cslPlugin().engine(items, style, PAGE_LOCALE[lang], "text");
    engine.updateItems(items.map((i) => i.id));
    return engine.makeBibliography();
  });
  if (!result) throw new Error(`${INPUT_FILES.style}: the style has no <bibliography>.`);
  const [params, texts] = result;
  params.entry_ids.forEach((ids, i) => {
    const id = ids[0];
    const raw = (texts[i] ?? "").trim();
    const number = /^\[(\d+)\]\s*/.exec(raw);
    const expected = items.findIndex((item) => item.id === id) + 1;
    if (!id || !number || Number(number[1]) !== expected) {
      throw new Error(`${INPUT_FILES.style}: entry ${i + 1} came out as "${raw.slice(0, 60)}", not numbered [${expected}]; the bibliography layout must start with the citation number and must not sort.`);
    }
    out.set(id, raw.slice(number[0].length));
  });
  return out;
}
