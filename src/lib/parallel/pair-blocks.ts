// Pairs the Chinese and English texts block by block through their shared ids, for the side-by-side view.
import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import type { Lang } from "../i18n/ui.ts";

/** A heading or paragraph in both languages, as HTML. */
export interface Pair {
  id: string;
  /** "h2", "h3" or "p": the kind of block, for spacing. */
  tag: string;
  html: Record<Lang, string>;
}

export interface ParallelText {
  pairs: Pair[];
  /** Each column's notes (editor's notes with the Chinese, translator's notes with the English). */
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

function hasClass(el: Element, name: string): boolean {
  const cls = el.properties["className"];
  return Array.isArray(cls) && cls.includes(name);
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
    prefixIds(tree, `${lang}--`);
  }
  const blocks = new Map<string, Element[]>();
  const order: string[] = [];
  const notes: Element[] = [];
  for (const el of top) {
    if (el === references) continue;
    const id = String(el.properties["id"] ?? "").replace(`${lang}--`, "");
    const last = order.at(-1);
    if (id.startsWith("sec-")) {
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

/**
 * Both texts paired by id, in the order of the Chinese. `html` is each language's rendered text and
 * notes; `primary` is the interface language, whose column keeps the plain ids (so /en/parallel/#sec-2-p1
 * and the language switch work) and whose reference list is the page's.
 */
export function pairBlocks(html: Record<Lang, string>, primary: Lang): ParallelText {
  const zh = column(html.zh, "zh", primary);
  const en = column(html.en, "en", primary);
  const missing = [...zh.order.filter((id) => !en.blocks.has(id)), ...en.order.filter((id) => !zh.blocks.has(id))];
  if (missing.length > 0) {
    throw new Error(`Parallel view: ${missing.join(", ")} exist in one language only; content/paper/zh.md and en.md must have the same sections and paragraphs.`);
  }
  const pairs = zh.order.map((id): Pair => {
    const a = zh.blocks.get(id);
    const b = en.blocks.get(id);
    if (!a || !b) throw new Error(`unreachable: ${id} checked above`);
    return { id, tag: a[0]?.tagName ?? "p", html: { zh: toHtml({ type: "root", children: a }), en: toHtml({ type: "root", children: b }) } };
  });
  const primaryRefs = (primary === "zh" ? zh : en).references;
  return {
    pairs,
    notes: { zh: toHtml({ type: "root", children: zh.notes }), en: toHtml({ type: "root", children: en.notes }) },
    references: primaryRefs ? toHtml(primaryRefs) : "",
  };
}
