// Pairs the two language versions block by block through their shared ids, for the side-by-side view.
import { PAPER_DIR } from "../inputs/paths.ts";
import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { LANGS, perLang, type Lang } from "../i18n/locales.ts";
import { hasClass } from "../pipeline/hast/has-class.ts";

/** A heading or paragraph in both languages, as HTML. */
export interface Pair {
  id: string;
  /** "h2", "h3" or "p": the kind of block in the interface language's text, for spacing. */
  tag: string;
  html: Record<Lang, string>;
}

export interface ParallelText {
  pairs: Pair[];
  /** Each column's notes (editor's notes with the original, translator's notes with the translation). */
  notes: Record<Lang, string>;
  /** The one reference list, the primary language's, which both columns' citations link to. */
  references: string;
}

/** Attributes that hold ids of elements on the page. */
const ID_REFS = ["ariaDescribedBy", "ariaLabelledBy", "ariaControls", "htmlFor"] as const;

function elements(nodes: readonly (RootContent | ElementContent)[]): Element[] {
  return nodes.filter((n): n is Element => n.type === "element");
}

function walk(node: Root | Element, visit: (el: Element) => void): void {
  for (const child of elements(node.children)) {
    visit(child);
    walk(child, visit);
  }
}

/** Removes the elements `drop` matches, anywhere in the tree. */
function prune(node: Root | Element, drop: (el: Element) => boolean): void {
  node.children = node.children.filter((c) => !(c.type === "element" && drop(c))) as typeof node.children;
  for (const child of elements(node.children)) prune(child, drop);
}

/**
 * Gives every id in the column a language prefix, and every reference to those ids the same, so the two
 * columns can share a page. Links to ids the column does not hold (the one reference list) are kept.
 */
function prefixIds(tree: Root, prefix: string): void {
  const ids = new Set<string>();
  walk(tree, (el) => {
    const id = el.properties["id"];
    if (typeof id === "string") ids.add(id);
  });
  const rename = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  walk(tree, (el) => {
    const p = el.properties;
    if (typeof p["id"] === "string") p["id"] = rename(p["id"]);
    const href = p["href"];
    if (typeof href === "string" && href.startsWith("#")) p["href"] = `#${rename(href.slice(1))}`;
    for (const key of ID_REFS) {
      const value: unknown = p[key];
      if (Array.isArray(value)) p[key] = value.map((v) => rename(String(v)));
      else if (typeof value === "string") p[key] = value.split(/\s+/).map(rename);
    }
  });
}

/** The prefix the other language's column gives its ids ("en--"), so both columns can share a page. */
export function columnPrefix(lang: Lang): string {
  return `${lang}--`;
}

/** The id an element of `lang`'s text has in the side-by-side view whose interface language is `primary`. */
export function columnId(id: string, lang: Lang, primary: Lang): string {
  return lang === primary ? id : `${columnPrefix(lang)}${id}`;
}

/**
 * The other language's headings one level down (h2 → h3 …): the page reads one language, then the other, and
 * its outline is the interface language's text with the other text, titled by an h2, after it.
 */
function demoteHeadings(tree: Root): void {
  walk(tree, (el) => {
    const level = /^h([2-5])$/.exec(el.tagName)?.[1];
    if (level) el.tagName = `h${Number(level) + 1}`;
  });
}

/** Whether a top-level element of a text starts a block of the view: its id is a section's, heading's or paragraph's. */
function startsBlock(el: Element, lang: Lang): boolean {
  return String(el.properties["id"] ?? "").replace(columnPrefix(lang), "").startsWith("sec-");
}

/** How many blocks a language's rendered text makes in the view (what pairBlocks pairs), for the page data. */
export function blockCount(html: string, lang: Lang): number {
  return elements(fromHtml(html, { fragment: true }).children).filter((el) => startsBlock(el, lang)).length;
}

interface Column {
  /** Each id'd heading or paragraph with what follows it up to the next one (a figure, a table, an equation). */
  blocks: Map<string, Element[]>;
  order: string[];
  notes: Element[];
  references: Element | undefined;
}

function column(html: string, lang: Lang, primary: Lang): Column {
  const tree = fromHtml(html, { fragment: true });
  // The badges link each heading to the other language's page; here the other language is beside it.
  prune(tree, (el) => hasClass(el, "counterpart"));
  const top = elements(tree.children);
  const references = top.find((el) => el.properties["id"] === "references");
  if (lang !== primary) {
    tree.children = tree.children.filter((c) => c !== references);
    prefixIds(tree, columnPrefix(lang));
    demoteHeadings(tree);
  }
  const blocks = new Map<string, Element[]>();
  const order: string[] = [];
  const notes: Element[] = [];
  for (const el of top) {
    if (el === references) continue;
    const id = String(el.properties["id"] ?? "").replace(columnPrefix(lang), "");
    const last = order.at(-1);
    if (startsBlock(el, lang)) {
      blocks.set(id, [el]);
      order.push(id);
    } else if (hasClass(el, "notes")) {
      notes.push(el);
    } else if (last) {
      // Never dropped: anything between two paragraphs travels with the one before it.
      blocks.get(last)?.push(el);
    } else {
      throw new Error(`Parallel view: a <${el.tagName}> stands before the first section of the ${lang} text; put it under a section.`);
    }
  }
  return { blocks, order, notes, references: lang === primary ? references : undefined };
}

/** The blocks of `id` in every column; alignment has already made sure each column has them. */
function blocksOf(columns: Record<Lang, Column>, id: string): Record<Lang, Element[]> {
  return perLang((lang) => {
    const blocks = columns[lang].blocks.get(id);
    if (!blocks) throw new Error(`unreachable: ${id} checked in every language`);
    return blocks;
  });
}

/**
 * Both texts paired by id, in the order of the primary column (the versions share their order of
 * sections and paragraphs). `html` is each language's rendered text and notes; `primary` is the interface
 * language, whose column keeps the plain ids (so /en/parallel/#sec-2-p1 and the language switch work)
 * and whose reference list is the page's.
 */
export function pairBlocks(html: Record<Lang, string>, primary: Lang): ParallelText {
  const columns = perLang((lang) => column(html[lang], lang, primary));
  const ids = new Set(LANGS.flatMap((lang) => columns[lang].order));
  const missing = [...ids].filter((id) => LANGS.some((lang) => !columns[lang].blocks.has(id)));
  if (missing.length > 0) {
    throw new Error(`Parallel view: ${missing.join(", ")} exist in one language only; the paper's files (${PAPER_DIR}/) must have the same sections and paragraphs.`);
  }
  const pairs = columns[primary].order.map((id): Pair => {
    const blocks = blocksOf(columns, id);
    return { id, tag: blocks[primary][0]?.tagName ?? "p", html: perLang((lang) => toHtml({ type: "root", children: blocks[lang] })) };
  });
  const primaryRefs = columns[primary].references;
  return {
    pairs,
    notes: perLang((lang) => toHtml({ type: "root", children: columns[lang].notes })),
    references: primaryRefs ? toHtml(primaryRefs) : "",
  };
}
