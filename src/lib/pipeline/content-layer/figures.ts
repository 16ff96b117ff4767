// Rehype plugin: images and GFM tables captioned with a "(#fig-…)" / "(#tbl-…)" label become numbered-to-be figures and tables.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Element, ElementContent, Root, Text } from "hast";
import type { VFile } from "vfile";
import { ui } from "../../i18n/ui.ts";
import { DEFAULT_ORIGINAL } from "../../i18n/locales.ts";
import { ELEMENT_ID } from "../../syntax/cross-ref-keys.ts";
import { pageLang } from "../file/file-frontmatter.ts";
import { sourceLines, type SourceLines } from "../file/source-lines.ts";

/** How wide a figure is drawn, so the browser picks the smallest file that is sharp enough. */
export const FIGURE_SIZES = "(min-width: 62rem) 42rem, calc(100vw - 2.5rem)";

/** "(#fig-growth) Caption…": the label that opens a caption. */
const LABEL = /^\s*\(#([^)\s]*)\)\s*/;

const isBlank = (node: ElementContent) => node.type === "text" && node.value.trim() === "";

/** The label opening a paragraph's text (after an image, for a figure), and the children after it. */
function captionOf(children: ElementContent[]): { id: string; rest: ElementContent[] } | undefined {
  const first = children.findIndex((c) => !isBlank(c));
  const text = children[first];
  if (text?.type !== "text") return undefined;
  const m = LABEL.exec(text.value);
  if (!m) return undefined;
  const after = text.value.slice(m[0].length);
  const rest = [...(after ? [{ type: "text", value: after } satisfies Text] : []), ...children.slice(first + 1)];
  return { id: m[1] ?? "", rest };
}

/** The paragraph before `i` when it is a table without its delimiter row: lines of "| … |" read as text. */
function brokenTableBefore(children: Root["children"], i: number): Element | undefined {
  let j = i - 1;
  while (children[j]?.type === "text" && (children[j] as Text).value.trim() === "") j--;
  const previous = children[j];
  if (previous?.type !== "element" || previous.tagName !== "p") return undefined;
  const text = previous.children.map((c) => (c.type === "text" ? c.value : "")).join("");
  const rows = text.split("\n").filter((l) => l.trim() !== "");
  return rows.length > 0 && rows.every((l) => /^\s*\|.*\|\s*$/.test(l)) ? previous : undefined;
}

function checkId(id: string, kind: "fig" | "tbl", where: string): void {
  if (!id.startsWith(`${kind}-`) || !ELEMENT_ID.test(id)) {
    const what = kind === "fig" ? "figure" : "table";
    throw new Error(`${where}: the ${what} label "(#${id})" must be "(#${kind}-name)", with letters, digits, "-" and "_" (e.g. (#${kind}-growth)).`);
  }
}

function isLocal(src: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(src);
}

/** Every image needs alt text, and a local image must exist beside the paper. */
function checkImages(tree: Root, file: VFile, lines: SourceLines): void {
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "img") {
        const src = String(child.properties["src"] ?? "");
        const alt = child.properties["alt"];
        if (typeof alt !== "string" || alt.trim() === "") {
          throw new Error(`${lines.location(child)}: the image "${src}" has no alt text. Write what it shows in the brackets: ![A line chart of …](${src}).`);
        }
        if (file.path && isLocal(src)) {
          const full = path.resolve(path.dirname(file.path), decodeURI(src.split(/[?#]/)[0] ?? ""));
          if (!existsSync(full)) {
            throw new Error(`${lines.location(child)}: the image "${src}" is not there (looked for ${path.relative(process.cwd(), full)}). Put the file beside the paper, or correct the path.`);
          }
        }
      }
      visit(child);
    }
  };
  visit(tree);
}

/**
 * GFM's column alignment arrives as the obsolete `align` attribute, and line breaks sit between the
 * table's rows: as CSS and without them, a table is the same whether the paper is .md or .mdx.
 */
function tidyTable(node: Element): void {
  node.children = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  for (const child of node.children) {
    if (child.type !== "element") continue;
    const align = child.properties["align"];
    if ((child.tagName === "th" || child.tagName === "td") && typeof align === "string") {
      delete child.properties["align"];
      child.properties["style"] = `text-align:${align}`;
    }
    if (child.tagName !== "th" && child.tagName !== "td") tidyTable(child);
  }
}

function element(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

/** The empty slot the page fills with "图 1" / "Figure 1" once every figure is counted. */
const labelSlot = () => element("span", { className: ["caption-label"] }, []);

/**
 * A figure is a paragraph that starts with an image and goes on with "(#fig-id) caption"; a table's
 * caption is the paragraph right after it, "(#tbl-id) caption". Each file is handled alone: the page
 * numbers them and checks both languages agree (src/lib/pipeline/page-time/numbering.ts, src/lib/pipeline/page-time/alignment.ts).
 * Every table scrolls in its own labelled, focusable region, so a wide one never widens the page.
 */
export function rehypeFigures() {
  return (tree: Root, file: VFile): void => {
    const lines = sourceLines(file);
    // Markdown that is not a version of the paper has no language of its own; its labels take the default's.
    const lang = pageLang(file) ?? DEFAULT_ORIGINAL;
    checkImages(tree, file, lines);
    const out: Root["children"] = [];
    const children = tree.children;
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (node?.type !== "element") {
        if (node) out.push(node);
        continue;
      }
      const line = node.properties["dataLine"];
      if (node.tagName === "p") {
        const first = node.children.findIndex((c) => !isBlank(c));
        const image = node.children[first];
        const caption = captionOf(node.children.slice(first + 1));
        if (image?.type === "element" && image.tagName === "img" && caption) {
          checkId(caption.id, "fig", lines.location(node));
          // The article column is at most 42rem wide (src/styles/global.css): no phone or desktop needs more.
          image.properties["sizes"] = FIGURE_SIZES;
          const figcaption = element("figcaption", {}, [labelSlot(), { type: "text", value: " " }, ...caption.rest]);
          out.push({ ...element("figure", { className: ["figure"], id: caption.id, dataLine: line }, [image, figcaption]), ...(node.position ? { position: node.position } : {}) });
          continue;
        }
        const stray = captionOf(node.children);
        const broken = stray?.id.startsWith("tbl-") ? brokenTableBefore(children, i) : undefined;
        if (broken) {
          throw new Error(
            `${lines.location(broken)}: this table has no "| --- |" row under its header row, so Markdown reads it as a paragraph and its caption "(#${stray?.id})" belongs to nothing. Add a line like "| --- | --- |" (one "---" per column) after the header.`,
          );
        }
        if (stray) {
          const kind = stray.id.startsWith("tbl-") ? "a table's caption goes in the paragraph right after the table" : "a figure's caption goes in the same paragraph as its image, right after it";
          throw new Error(`${lines.location(node)}: the caption label "(#${stray.id})" belongs to nothing: ${kind}.`);
        }
      }
      if (node.tagName === "table") {
        tidyTable(node);
        let j = i + 1;
        while (children[j]?.type === "text" && (children[j] as Text).value.trim() === "") j++;
        const next = children[j];
        const caption = next?.type === "element" && next.tagName === "p" ? captionOf(next.children) : undefined;
        if (caption && next?.type === "element") {
          checkId(caption.id, "tbl", lines.location(next));
          const captionId = `${caption.id}-caption`;
          // The caption keeps its place in the source, for messages about its text (section-ids.ts).
          const figcaption = { ...element("figcaption", { id: captionId, dataLine: next.properties["dataLine"] }, [labelSlot(), { type: "text", value: " " }, ...caption.rest]), ...(next.position ? { position: next.position } : {}) };
          const region = element("div", { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabelledBy: [captionId] }, [node]);
          out.push({ ...element("figure", { className: ["table-figure"], id: caption.id, dataLine: line }, [figcaption, region]), ...(node.position ? { position: node.position } : {}) });
          i = j;
          continue;
        }
        out.push(element("div", { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: ui[lang].tableRegion }, [node]));
        continue;
      }
      out.push(node);
    }
    tree.children = out;
  };
}
