// The markup of citations (numbers linked to entries, described by them) and of the reference list (entries, back-links).
// Every piece of bibliographic text becomes a hast text node, so it is escaped on output; the only
// links made are to entries on the page, to https://doi.org/, and to http(s) URLs.
import type { Element, ElementContent } from "hast";
import { h } from "hastscript";
import { ui, type Lang } from "../i18n/ui.ts";
import { LOCALES } from "../i18n/locales.ts";
import { compress } from "../syntax/citation-markers.ts";
import type { CslItem, WorkLanguage } from "./schema.ts";

/** A numbered work as the page shows it. */
export interface Work {
  key: string;
  number: number;
  /** The id of its entry in the reference list: "ref-" and the key. */
  id: string;
  item: CslItem;
  language: WorkLanguage;
  /** The formatted entry, or undefined when the source gives no details (no title). */
  text: string | undefined;
}

/** One place in the text that cites works. */
export interface CitationSite {
  /** "cite-3": the third citation on the page. */
  id: string;
  keys: string[];
  /** Section number ("2.1") and paragraph number ("1") of the place, where known. */
  section: string | undefined;
  paragraph: string | undefined;
}

export function entryId(key: string): string {
  return `ref-${key.replace(/[^\p{L}\p{N}_-]/gu, "-")}`;
}

/** The URL when it is an absolute http(s) URL; anything else (javascript:, data:, relative) is never linked. */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function doiUrl(doi: string | undefined): string | undefined {
  if (!doi || !/^10\.\d{4,9}\/\S+$/.test(doi)) return undefined;
  return `https://doi.org/${doi.split("/").map(encodeURIComponent).join("/")}`;
}

/** The lang attribute for text in the work's language, when it differs from the page's. */
function langAttribute(work: Work, page: Lang): string | undefined {
  if (work.language === "other") return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(work.item.language ?? "") ? work.item.language : undefined;
  return work.language === page ? undefined : LOCALES[work.language].tag;
}

/** The formatted entry as text with its DOI and URL linked. */
export function entryContent(text: string, item: CslItem): ElementContent[] {
  const links: { start: number; end: number; href: string }[] = [];
  const doiHref = doiUrl(item.DOI);
  if (doiHref && item.DOI) {
    const at = text.indexOf(`DOI:${item.DOI}`);
    if (at >= 0) links.push({ start: at + 4, end: at + 4 + item.DOI.length, href: doiHref });
  }
  const urlHref = httpUrl(item.URL);
  if (urlHref && item.URL) {
    let at = text.indexOf(item.URL);
    while (at >= 0 && links.some((l) => at < l.end && at + (item.URL?.length ?? 0) > l.start)) at = text.indexOf(item.URL, at + 1);
    if (at >= 0) links.push({ start: at, end: at + item.URL.length, href: urlHref });
  }
  links.sort((a, b) => a.start - b.start);
  const out: ElementContent[] = [];
  let cursor = 0;
  for (const link of links) {
    if (link.start > cursor) out.push({ type: "text", value: text.slice(cursor, link.start) });
    out.push(h("a", { href: link.href, className: ["reference-link"] }, text.slice(link.start, link.end)));
    cursor = link.end;
  }
  if (cursor < text.length) out.push({ type: "text", value: text.slice(cursor) });
  return out;
}

function workText(work: Work, page: Lang): ElementContent[] {
  return work.text === undefined ? [{ type: "text", value: ui[page].referenceMissing }] : entryContent(work.text, work.item);
}

/**
 * One citation: "[9,11-12]" with each number linked to its entry and named "参考文献 9" / "Reference 9"
 * ("参考文献 11 至 12" for the start of a range). Nothing else: each formatted entry is in the page once,
 * in the reference list, from which the preview script builds previews and the links' descriptions.
 */
export function citationElement(site: CitationSite, works: Map<string, Work>, page: Lang): Element {
  const t = ui[page];
  const cited = [...new Set(site.keys)].map((k) => works.get(k)).filter((w): w is Work => w !== undefined);
  const byNumber = new Map(cited.map((w) => [w.number, w]));
  const segments = compress(cited.map((w) => w.number));
  const link = (work: Work, label: string): Element => h("a", { href: `#${work.id}`, className: ["citation-ref"], ariaLabel: label }, String(work.number));
  const numbers: ElementContent[] = [];
  segments.forEach((s, i) => {
    if (i > 0) numbers.push({ type: "text", value: "," });
    const from = byNumber.get(s.from);
    const to = byNumber.get(s.to);
    if (!from || !to) return;
    if (s.from === s.to) {
      numbers.push(link(from, t.referenceLabel(s.from)));
    } else {
      numbers.push(link(from, t.referenceRangeLabel(s.from, s.to)), { type: "text", value: "-" }, link(to, t.referenceLabel(s.to)));
    }
  });
  const listed = [...cited].sort((a, b) => a.number - b.number);
  return h("span", { className: ["citation"], id: site.id, dataCites: listed.map((w) => w.key).join(" ") }, [
    { type: "text", value: "[" },
    ...numbers,
    { type: "text", value: "]" },
  ]);
}

function placeLabel(site: CitationSite): string {
  return site.section ? `§${site.section}${site.paragraph ? ` ¶${site.paragraph}` : ""}` : "↩";
}

/** One entry of the list: its number, its text (or the note that the source gives none) and its back-links. */
function referenceItem(work: Work, sites: CitationSite[], page: Lang, compact: boolean): Element {
  const t = ui[page];
  const citing = sites.filter((s) => s.keys.includes(work.key));
  // The visible place ("§1.1 ¶1") is the link's whole name (WCAG 2.5.3); the title spells it out on hover.
  const backlinks = citing.map((s) => {
    const place = s.section ? t.citationPlace(s.section, s.paragraph ?? "") : "";
    return h("a", { href: `#${s.id}`, className: ["reference-backlink"], title: t.backToCitation(place || s.id) }, placeLabel(s));
  });
  const textClass = compact ? ["reference-text", "visually-hidden"] : ["reference-text"];
  return h("li", { id: work.id, className: work.text === undefined ? ["reference", "reference-missing"] : ["reference"] }, [
    h("span", { className: ["reference-number"] }, `[${work.number}]`),
    { type: "text", value: " " },
    h("span", { className: textClass, lang: work.text === undefined ? undefined : langAttribute(work, page) }, workText(work, page)),
    ...(backlinks.length > 0
      ? [
          { type: "text" as const, value: " " },
          h("span", { className: ["reference-backlinks"] }, [
            compact ? h("span", { className: ["visually-hidden"] }, t.citedIn) : { type: "text", value: t.citedIn },
            ...backlinks.flatMap((a, i): ElementContent[] => (i === 0 ? [a] : [{ type: "text", value: " " }, a])),
          ]),
        ]
      : []),
  ]);
}

/** Consecutive works, split where the source's details start or stop being missing. */
function runs(works: Work[]): Work[][] {
  const out: Work[][] = [];
  for (const work of works) {
    const last = out.at(-1);
    const missing = work.text === undefined;
    if (last && (last[0]?.text === undefined) === missing) last.push(work);
    else out.push([work]);
  }
  return out;
}

/**
 * The reference list: section#references, headed by h2#references-title "参考文献"/"References", one item per
 * work. Two or more consecutive works whose details the source does not give share one line saying so, and
 * each keeps its own item (anchor, number, the same statement for screen readers, back-links) in a compact grid.
 */
export function referenceList(works: Work[], sites: CitationSite[], page: Lang): Element {
  const items = runs(works).flatMap((run): Element[] => {
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last || first.text !== undefined || run.length < 2) return run.map((w) => referenceItem(w, sites, page, false));
    return [
      h("li", { className: ["reference-run"] }, [
        h("span", { className: ["reference-run-note"], ariaHidden: "true" }, ui[page].referenceRunMissing(first.number, last.number)),
        h("ol", { className: ["reference-run-list"] }, run.map((w) => referenceItem(w, sites, page, true))),
        // The PDF prints this line instead of the note and the grid of bare numbers (src/styles/print.css).
        h("span", { className: ["reference-run-printed", "print-only"] }, ui[page].referenceRunMissingPrinted(first.number, last.number)),
      ]),
    ];
  });
  return h("section", { id: "references", className: ["references"], ariaLabelledBy: "references-title" }, [
    h("h2", { id: "references-title" }, ui[page].references),
    // How a preview names a number ("参考文献 #"); the preview script fills it in.
    h("ol", { className: ["reference-list"], dataLabel: ui[page].referenceLabel(0).replace("0", "#") }, items),
  ]);
}
