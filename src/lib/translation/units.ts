// Reads a version of the paper into its numbered headings and paragraphs, as the author wrote them, with ids and lines.
import type { Heading, Paragraph, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { paragraphId, parseHeadingNumber, sectionId } from "../syntax/structure.ts";

export interface Unit {
  /** The id shared by both languages (sec-2-1, sec-2-1-p3), by the same rules as the rendered page. */
  id: string;
  kind: "heading" | "paragraph";
  /** Line in the whole file, frontmatter included. */
  line: number;
  /** The Markdown source of the heading's or paragraph's content, citation markers included. */
  text: string;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The frontmatter as blank lines, so positions in the body are positions in the file. */
function blankFrontmatter(markdown: string): string {
  return markdown.replace(FRONTMATTER, (block) => "\n".repeat(block.split("\n").length - 1));
}

function sourceOf(markdown: string, node: Heading | Paragraph): string {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? toString(node) : markdown.slice(first, last);
}

/**
 * Top-level h2–h4 headings and paragraphs, numbered as src/lib/pipeline/content-layer/section-ids.ts numbers the
 * rendered page (a unit test keeps the two in agreement). Unnumbered headings and paragraphs
 * before the first heading are skipped here: the build reports them.
 */
export function paperUnits(markdown: string): Unit[] {
  const body = blankFrontmatter(markdown);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const units: Unit[] = [];
  let section: { id: string; paragraphs: number } | undefined;
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 0;
    if (node.type === "heading" && node.depth >= 2 && node.depth <= 4) {
      const parsed = parseHeadingNumber(toString(node));
      section = parsed ? { id: sectionId(parsed.number), paragraphs: 0 } : undefined;
      if (section) units.push({ id: section.id, kind: "heading", line, text: sourceOf(body, node) });
    } else if (node.type === "paragraph" && section) {
      section.paragraphs += 1;
      units.push({ id: paragraphId(section.id, section.paragraphs), kind: "paragraph", line, text: sourceOf(body, node) });
    }
  }
  return units;
}
