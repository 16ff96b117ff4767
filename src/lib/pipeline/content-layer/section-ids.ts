// Rehype plugin: gives numbered headings and their paragraphs ids shared by both languages, and records the structure.
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import { MarkerSyntaxError, findMarkers } from "../../syntax/citation-markers.ts";
import { ELEMENT_ID, isCrossRefKey } from "../../syntax/cross-ref-keys.ts";
import { pageFrontmatter } from "../file/file-frontmatter.ts";
import { sourceLines } from "../file/source-lines.ts";
import { paragraphId, parseHeadingNumber, sectionId, type Mark, type Structure } from "../../syntax/structure.ts";
import type {} from "mdast-util-mdx";
import { strayEmphasisWarning } from "../../syntax/stray-emphasis.ts";
import { warnOnChange } from "../../dev/warn-on-change.ts";

const HEADINGS = new Set(["h2", "h3", "h4"]);

/**
 * Ids come from the paper's own section numbers ("2.1." → sec-2-1) and paragraph order, so the
 * Chinese and English files align without any markup; the structure is exposed to pages through
 * the frontmatter (`remarkPluginFrontmatter.structure`) for the alignment check.
 */
/** Keys cited in a paragraph, by the citation syntax the citation plugin renders. */
function paragraphCites(text: string): string[] {
  try {
    return findMarkers(text)
      .flatMap((m) => m.keys)
      .filter((k) => !isCrossRefKey(k));
  } catch (error) {
    // The citation plugin, later in the pipeline, reports an unsupported form with its exact line.
    if (error instanceof MarkerSyntaxError) return [];
    throw error;
  }
}

type Node = Root | Root["children"][number];

/** Footnote references and MDX components inside a node, in document order. */
function marksIn(node: Node, lines: ReturnType<typeof sourceLines>): { footnotes: Mark[]; components: Mark[] } {
  const footnotes: Mark[] = [];
  const components: Mark[] = [];
  const visit = (n: Node) => {
    if (n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") {
      if (n.name) components.push({ name: n.name, line: lines.line(n) });
    }
    if (n.type === "element" && n.tagName === "a") {
      const href = String(n.properties["href"] ?? "");
      const label = /#fn-(.+)$/.exec(href)?.[1];
      if (label && (n.properties["dataFootnoteRef"] !== undefined || /^#fn-/.test(href))) footnotes.push({ name: decodeURIComponent(label), line: lines.line(n) });
    }
    if ("children" in n) for (const child of n.children as Node[]) visit(child);
  };
  visit(node);
  return { footnotes, components };
}

/** Adds a node's footnotes and components to its section's lists. */
function addMarks(section: Structure[number], marks: { footnotes: Mark[]; components: Mark[] }): void {
  if (marks.footnotes.length > 0) (section.footnotes ??= []).push(...marks.footnotes);
  if (marks.components.length > 0) (section.components ??= []).push(...marks.components);
}

/** The source text of a node, from the body Astro parsed (positions are offsets into it). */
function sourceOf(file: VFile, node: Root["children"][number] | Element): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? "" : String(file.value).slice(start, end);
}

/** A figure's or table's caption (inside its scrolling region or not). */
function figcaptionOf(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "figcaption") return child;
    const inner = figcaptionOf(child);
    if (inner) return inner;
  }
  return undefined;
}

/** Warns about asterisks left unpaired beside Chinese punctuation in a paragraph or a caption. */
function checkEmphasis(file: VFile, node: Root["children"][number], lines: ReturnType<typeof sourceLines>): void {
  if (node.type !== "element" || (node.tagName !== "p" && node.tagName !== "figure")) return;
  const caption = node.tagName === "figure" ? figcaptionOf(node) : undefined;
  // A table's caption has its own place in the source; an image's shares the figure's paragraph.
  const at = caption?.position ? caption : node;
  const warning = strayEmphasisWarning(lines.location(at), sourceOf(file, at), toString(caption ?? node));
  if (warning) warnOnChange(`emphasis ${lines.location(at)}`, warning);
}

export function rehypeSectionIds() {
  return (tree: Root, file: VFile): void => {
    const structure: Structure = [];
    const source = sourceLines(file);
    const seen = new Map<string, string>();
    for (const node of tree.children) {
      const current = structure.at(-1);
      if (current && node.type !== "element") addMarks(current, marksIn(node, source));
      checkEmphasis(file, node, source);
      if (node.type !== "element") continue;
      const own = node.properties.id;
      if (typeof own === "string" && ELEMENT_ID.test(own)) {
        const other = seen.get(own);
        if (other) throw new Error(`${source.location(node)}: the id "${own}" is already used at ${other}; give each figure, table and equation its own.`);
        seen.set(own, source.location(node));
        const section = structure.at(-1);
        if (!section) throw new Error(`${source.location(node)}: "${own}" stands before the first numbered heading; put it under a section.`);
        (section.elements ??= []).push({ id: own, kind: own.slice(0, own.indexOf("-")) as "fig" | "tbl" | "eq", line: source.line(node) });
        continue;
      }
      if (HEADINGS.has(node.tagName)) {
        const text = toString(node);
        const parsed = parseHeadingNumber(text);
        if (!parsed) {
          throw new Error(
            `${source.location(node)}: heading "${text}" has no section number. Write it as "## 2. Title" or "### 2.1. Title": the number gives the section its id in both languages.`,
          );
        }
        const id = sectionId(parsed.number);
        if (structure.some((s) => s.id === id)) {
          throw new Error(`${source.location(node)}: section number ${parsed.number} is used twice.`);
        }
        node.properties.id = id;
        structure.push({
          id,
          number: parsed.number,
          depth: Number(node.tagName.slice(1)),
          title: parsed.title,
          line: source.line(node),
          paragraphs: [],
        });
      } else if (node.tagName === "p") {
        const section = structure.at(-1);
        if (!section) {
          throw new Error(`${source.location(node)}: a paragraph stands before the first numbered heading; put it under a section.`);
        }
        const id = paragraphId(section.id, section.paragraphs.length + 1);
        node.properties.id = id;
        section.paragraphs.push({ id, cites: paragraphCites(toString(node)), line: source.line(node) });
        addMarks(section, marksIn(node, source));
      } else if (structure.at(-1) && node.tagName !== "section") {
        // Tables, figures and lists carry footnotes and components too; the footnote list at the end does not count.
        addMarks(structure.at(-1) as Structure[number], marksIn(node, source));
      }
    }
    pageFrontmatter(file)["structure"] = structure;
  };
}
