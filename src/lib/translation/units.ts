// Reads a version of the paper into every part a translator translates (headings, paragraphs, captions,
// table cells, alt texts, footnotes, equations, MDX components), as the author wrote them, with ids and lines.
import type { Heading, Image, Paragraph, Root, RootContent, Table } from "mdast";
// Their node types (math, mdxJsxFlowElement) join mdast's.
import type {} from "mdast-util-math";
import type {} from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { normalizeUri } from "micromark-util-sanitize-uri";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Node as UnistNode } from "unist";
import { paragraphId, parseHeadingNumber, sectionId } from "../syntax/structure.ts";

export const UNIT_KINDS = ["heading", "paragraph", "caption", "cell", "alt", "footnote", "equation", "component"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  /**
   * The id shared by both languages, by the same rules as the rendered page: sec-2-1, sec-2-1-p3,
   * fig-growth (a figure's caption), fig-growth-alt, tbl-users-caption, tbl-users-r2c3 (body row 2,
   * column 3; tbl-users-h1 is the header's first cell), eq-demand, fn-scope, sec-2-1-aside1.
   */
  id: string;
  kind: UnitKind;
  /** Line in the whole file, frontmatter included. */
  line: number;
  /** The Markdown source of the part's content (citation markers included; an equation's TeX). */
  text: string;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The frontmatter as blank lines, so positions in the body are positions in the file. */
function blankFrontmatter(markdown: string): string {
  return markdown.replace(FRONTMATTER, (block) => "\n".repeat(block.split("\n").length - 1));
}

/** The source from a node's first child to its last: what the author wrote, markup included. */
function childrenSource(markdown: string, node: { children: readonly UnistNode[] }, fallback: string): string {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? fallback : markdown.slice(first, last);
}

const nodeSource = (markdown: string, node: RootContent) =>
  node.position?.start.offset === undefined || node.position.end.offset === undefined ? "" : markdown.slice(node.position.start.offset, node.position.end.offset);

/** "(#fig-growth) Caption…": the label opening a caption (src/lib/pipeline/content-layer/figures.ts). */
const LABEL = /^\s*\(#([^)\s]+)\)\s*/;
/** `\label{eq-demand}` in a display equation (src/lib/pipeline/page-time/numbering.ts). */
const EQ_LABEL = /\\label\{([^}]+)\}/;

/** A figure: a paragraph that starts with an image and goes on with "(#fig-…) caption". */
function figureOf(markdown: string, node: Paragraph): { id: string; image: Image; caption: string } | undefined {
  const kids = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const image = kids[0];
  if (image?.type !== "image") return undefined;
  const rest = markdown.slice(image.position?.end.offset ?? 0, node.position?.end.offset ?? 0);
  const label = LABEL.exec(rest);
  if (!label?.[1]) return undefined;
  return { id: label[1], image, caption: rest.slice(label[0].length).trim() };
}

/** A table's caption: the paragraph right after it, "(#tbl-…) caption". */
function captionOf(markdown: string, node: RootContent | undefined): { id: string; text: string } | undefined {
  if (node?.type !== "paragraph") return undefined;
  const text = childrenSource(markdown, node, toString(node));
  const label = LABEL.exec(text);
  return label?.[1] ? { id: label[1], text: text.slice(label[0].length).trim() } : undefined;
}

/** One unit per cell: the header row as h1, h2…; body rows as r1c1, r1c2…, so a changed number names its cell. */
function cellUnits(markdown: string, table: Table, id: string): Unit[] {
  return table.children.flatMap((row, r) =>
    row.children.map((cell, c) => ({
      id: r === 0 ? `${id}-h${c + 1}` : `${id}-r${r}c${c + 1}`,
      kind: "cell" as const,
      line: cell.position?.start.line ?? row.position?.start.line ?? 0,
      text: childrenSource(markdown, cell, toString(cell)),
    })),
  );
}

/** A footnote's id on the page: "fn-" and its label as remark-rehype writes it (lower case, URL-encoded). */
export function footnoteId(identifier: string): string {
  return `fn-${normalizeUri(identifier.toLowerCase())}`;
}

/** Footnote definitions anywhere in the file, by their label. */
function footnoteUnits(markdown: string, tree: Root): Unit[] {
  return tree.children.flatMap((node) =>
    node.type === "footnoteDefinition"
      ? [{ id: footnoteId(node.identifier), kind: "footnote" as const, line: node.position?.start.line ?? 0, text: childrenSource(markdown, node, toString(node)) }]
      : [],
  );
}

/** The named components a paragraph holds when it holds nothing else but white space, or undefined. */
function onlyComponents(node: Paragraph): (RootContent & { name: string })[] | undefined {
  const kids = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const named = kids.filter((c): c is typeof c & { name: string } => c.type === "mdxJsxTextElement" && typeof c.name === "string");
  return kids.length > 0 && named.length === kids.length ? (named as (RootContent & { name: string })[]) : undefined;
}

/** A component's unit, named by the component and its place among the section's components of that name. */
function componentUnit(body: string, section: { id: string; components: Map<string, number> }, node: RootContent, tag: string, line: number): Unit {
  const name = tag.toLowerCase();
  const n = (section.components.get(name) ?? 0) + 1;
  section.components.set(name, n);
  return { id: `${section.id}-${name}${n}`, kind: "component", line, text: nodeSource(body, node) };
}

/** Parses the paper as the site does: GFM and math, and MDX's components when the file is .mdx. */
export function parsePaper(markdown: string, mdx: boolean): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath);
  return (mdx ? processor.use(remarkMdx) : processor).parse(markdown) as Root;
}

/**
 * Top-level h2–h4 headings and paragraphs, numbered as src/lib/pipeline/content-layer/section-ids.ts
 * numbers the rendered page (a unit test keeps the two in agreement): a figure, a table's caption
 * and an equation are not paragraphs. Then each figure's caption and alt text, each table's caption
 * and cells, each equation's TeX, each MDX component and each footnote. Unnumbered headings and
 * paragraphs before the first heading are skipped here: the build reports them.
 */
export function paperUnits(markdown: string, options: { mdx?: boolean } = {}): Unit[] {
  const body = blankFrontmatter(markdown);
  const tree = parsePaper(body, options.mdx ?? false);
  const units: Unit[] = [];
  let section: { id: string; paragraphs: number; tables: number; equations: number; components: Map<string, number> } | undefined;
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node) continue;
    const line = node.position?.start.line ?? 0;
    if (node.type === "heading" && node.depth >= 2 && node.depth <= 4) {
      const parsed = parseHeadingNumber(toString(node));
      section = parsed ? { id: sectionId(parsed.number), paragraphs: 0, tables: 0, equations: 0, components: new Map() } : undefined;
      if (section) units.push({ id: section.id, kind: "heading", line, text: childrenSource(body, node as Heading, toString(node)) });
      continue;
    }
    if (!section) continue;
    if (node.type === "paragraph") {
      const figure = figureOf(body, node);
      if (figure) {
        units.push({ id: figure.id, kind: "caption", line, text: figure.caption });
        units.push({ id: `${figure.id}-alt`, kind: "alt", line: figure.image.position?.start.line ?? line, text: figure.image.alt ?? "" });
        continue;
      }
      // A table's caption is read with its table; a stray caption the build reports.
      if (captionOf(body, node)) continue;
      // MDX unwraps a paragraph that holds nothing but components (its "unravel" step): on the page there is
      // no paragraph, and so no paragraph id, only the components, which are units as on lines of their own.
      const components = onlyComponents(node);
      if (components) {
        for (const c of components) units.push(componentUnit(body, section, c, c.name, c.position?.start.line ?? line));
        continue;
      }
      section.paragraphs += 1;
      units.push({ id: paragraphId(section.id, section.paragraphs), kind: "paragraph", line, text: childrenSource(body, node, toString(node)) });
    } else if (node.type === "table") {
      section.tables += 1;
      const caption = captionOf(body, nodes[i + 1]);
      const id = caption?.id ?? `${section.id}-table${section.tables}`;
      if (caption) units.push({ id: `${id}-caption`, kind: "caption", line: nodes[i + 1]?.position?.start.line ?? line, text: caption.text });
      units.push(...cellUnits(body, node, id));
    } else if (node.type === "math") {
      section.equations += 1;
      const id = EQ_LABEL.exec(node.value)?.[1] ?? `${section.id}-eq${section.equations}`;
      units.push({ id, kind: "equation", line, text: node.value.trim() });
    } else if (node.type === "mdxJsxFlowElement" && node.name) {
      units.push(componentUnit(body, section, node, node.name, line));
    }
  }
  return [...units, ...footnoteUnits(body, tree)];
}
