// Carries source lines from the content layer to page-time resolution: stamped as data-line, read back, removed.
import type { Element, Root, RootContent } from "hast";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { sourceLines } from "./source-lines.ts";

/**
 * Content-layer plugin: every element remembers the line of the paper file it came from, so that
 * errors found later, when the page resolves citations and annotations in the rendered HTML, still
 * name the author's file and line.
 */
export function rehypeLineMarks(_options?: { code?: string }) {
  return (tree: Root, file: VFile): void => {
    const lines = sourceLines(file);
    visit(tree, "element", (node) => {
      const line = lines.line(node);
      // Not on images: in MDX they become Astro's <Image>, which would publish the mark as "dataLine".
      if (line !== undefined && node.tagName !== "img") node.properties["dataLine"] = line;
    });
  };
}

/**
 * The source line of every node of a tree parsed from stamped HTML: an element's own mark, and for
 * text, its element's line plus the line breaks that come before it inside that element.
 */
export function readLineMarks(tree: Root): (node: Node) => number | undefined {
  const lines = new Map<Node, number>();
  // Returns the line the node's content ends on, so that following text is counted from there.
  const walk = (node: Root | Element, start: number | undefined): number | undefined => {
    let line = start;
    for (const child of node.children as RootContent[]) {
      if (child.type === "element") {
        const own = Number(child.properties["dataLine"]);
        const childLine = Number.isFinite(own) && own > 0 ? own : line;
        if (childLine !== undefined) lines.set(child, childLine);
        line = walk(child, childLine) ?? line;
      } else if (child.type === "text") {
        if (line !== undefined) lines.set(child, line);
        if (line !== undefined) line += child.value.split("\n").length - 1;
      }
    }
    return line;
  };
  walk(tree, undefined);
  return (node) => lines.get(node);
}

/** Removes the marks before the HTML is published. */
export function stripLineMarks(tree: Root): void {
  visit(tree, "element", (node) => {
    delete node.properties["dataLine"];
  });
}
