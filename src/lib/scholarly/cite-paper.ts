// "Cite this paper": the paper as CSL-JSON, formatted by the project's citeproc setup, and exported
// as BibLaTeX, RIS and CSL-JSON by citation-js.
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { CslItem } from "../bibliography/schema.ts";
import { ui } from "../i18n/ui.ts";
import { formatEntries, PAGE_LOCALE, type StyleFiles } from "../bibliography/format.ts";
import { cslPersonName } from "./person-name.ts";
import { defined, type ScholarlyRecord } from "./record.ts";

// BibLaTeX is Unicode: without this, citation-js drops every character it has no LaTeX command for (all of Chinese).
(plugins.config.get("@bibtex") as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

export const EXPORTS = {
  bib: { file: "paper.bib", label: "BibTeX", type: "application/x-bibtex; charset=utf-8" },
  ris: { file: "paper.ris", label: "RIS", type: "application/x-research-info-systems; charset=utf-8" },
  json: { file: "paper.json", label: "CSL-JSON", type: "application/vnd.citationstyles.csl+json; charset=utf-8" },
} as const;
export type ExportFormat = keyof typeof EXPORTS;

/** A citation key from what is known: "paper2019", or just "paper". */
export function citationKey(record: ScholarlyRecord): string {
  return `paper${record.date?.[0] ?? ""}`;
}

/** The paper as CSL-JSON; a journal article when the venue is known, otherwise an article (GB/T [Z]). */
export function paperCsl(record: ScholarlyRecord): CslItem {
  const key = citationKey(record);
  const pages = [record.firstPage, record.lastPage].filter(Boolean).join("-");
  return {
    id: key,
    "citation-key": key,
    type: record.venue ? "article-journal" : "article",
    title: record.title,
    ...(record.authors.length ? { author: record.authors.map((a) => cslPersonName(a.name)) } : {}),
    ...(record.date ? { issued: { "date-parts": [record.date] } } : {}),
    ...defined({
      "container-title": record.venue,
      volume: record.volume,
      issue: record.issue,
      page: pages,
      DOI: record.doi,
      URL: record.url,
      language: PAGE_LOCALE[record.lang],
      abstract: record.abstract,
      // citation-js splits keywords at commas and keeps any space after one.
      keyword: record.keywords.join(","),
      note: record.titleEditorial ? ui[record.lang].citeExportNote : undefined,
    }),
  };
}

/** The formatted citation in the page's style (GB/T 7714-2015 in the page's locale). */
export function formattedCitation(item: CslItem, lang: ScholarlyRecord["lang"], files: StyleFiles): string {
  const text = formatEntries([item], lang, files).get(item.id);
  if (!text) throw new Error(`citeproc gave no citation for the paper (${item.id}).`);
  return text;
}

export function exportCitation(item: CslItem, format: ExportFormat): string {
  const name = format === "bib" ? "biblatex" : format === "ris" ? "ris" : "data";
  let text = new Cite([format === "bib" ? latexSafe(item) : item]).format(name, { format: "text" }) as string;
  // citation-js folds RIS lines at 70 characters, and readers join the pieces with a space: a long
  // title would come back with a space inside a word. RIS has no line limit, so the folds are undone.
  if (format === "ris") text = text.replace(/\n(?![A-Z][A-Z0-9]  - )/g, "");
  return text.endsWith("\n") ? text : `${text}\n`;
}

const LATEX_SPECIAL = /[\\&%$#_{}~^]/g;
const LATEX_ESCAPE: Record<string, string> = { "\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}" };

/**
 * With Unicode output on, citation-js writes values as they are; LaTeX's special characters are
 * escaped here, and "--" is kept from becoming a dash, so a reader gets back exactly the text.
 */
function latexSafe(item: CslItem): CslItem {
  const escape = (v: string) => v.replace(LATEX_SPECIAL, (c) => LATEX_ESCAPE[c] ?? `\\${c}`).replace(/-(?=-)/g, "-{}");
  return Object.fromEntries(
    Object.entries(item).map(([k, v]) => [
      k,
      typeof v === "string" && !["id", "citation-key", "type", "URL", "DOI"].includes(k)
        ? escape(v)
        : Array.isArray(v) && k === "author"
          ? v.map((n: Record<string, string>) => Object.fromEntries(Object.entries(n).map(([nk, nv]) => [nk, escape(nv)])))
          : v,
    ]),
  ) as CslItem;
}
