// Rehype plugin: TeX math ($…$, $$…$$ from remark-math) to MathML with temml, at build time; display equations may carry \label{eq-…}.
import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import temml from "temml";
import type { VFile } from "vfile";
import { ELEMENT_ID } from "../../syntax/cross-ref-keys.ts";
import { sourceLines } from "../file/source-lines.ts";

const LABEL = /\\label\{([^{}]*)\}/g;

function classes(node: Element): string[] {
  const cls = node.properties["className"];
  return Array.isArray(cls) ? cls.map(String) : [];
}

function mathml(tex: string, displayMode: boolean, where: string): ElementContent[] {
  let html: string;
  try {
    html = temml.renderToString(tex, { displayMode, throwOnError: true });
  } catch (error) {
    // temml pads its message with spaces ("  Unexpected end of input … bP ").
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
    throw new Error(`${where}: the TeX ${displayMode ? "equation" : "math"} "${tex.trim()}" does not parse: ${message}. Fix the TeX (temml reads LaTeX math, not a whole LaTeX file).`);
  }
  const nodes = fromHtml(html, { fragment: true }).children as ElementContent[];
  // temml's inline "display:block math" is the browser's own rule for math[display=block]; without it the
  // markup is the same whether an MDX file (which rewrites style attributes) or a Markdown file made it.
  for (const node of nodes) if (node.type === "element") delete node.properties["style"];
  return nodes;
}

/**
 * remark-math leaves `<code class="language-math math-inline">` and, for display math,
 * `<pre><code class="language-math math-display">`. Rendering here, per file, keeps the page free of
 * client JavaScript and web fonts: browsers lay out MathML themselves. A display equation's
 * `\label{eq-…}` becomes its id; its number is given at page time (src/lib/pipeline/page-time/numbering.ts).
 */
export function rehypeMath() {
  return (tree: Root, file: VFile): void => {
    const lines = sourceLines(file);
    const visit = (parent: Root | Element) => {
      parent.children.forEach((node, index) => {
        if (node.type !== "element") return;
        const code = node.tagName === "pre" ? node.children.find((c): c is Element => c.type === "element" && c.tagName === "code") : node;
        const cls = code?.tagName === "code" ? classes(code) : [];
        if (!code || !cls.includes("language-math")) return visit(node);
        const display = cls.includes("math-display");
        const where = lines.location(node);
        let tex = toString(code);
        const labels = [...tex.matchAll(LABEL)].map((m) => m[1] ?? "");
        tex = tex.replace(LABEL, "");
        if (!display && labels.length > 0) throw new Error(`${where}: \\label in inline math; only display equations ($$ … $$) are numbered.`);
        if (labels.length > 1) throw new Error(`${where}: an equation has two labels (${labels.join(", ")}); give it one.`);
        const id = labels[0];
        if (id !== undefined && !/^eq-/.test(id)) throw new Error(`${where}: equation label "${id}" must start with "eq-" (e.g. \\label{eq-demand}).`);
        if (id !== undefined && !ELEMENT_ID.test(id)) throw new Error(`${where}: equation label "${id}": use letters, digits, "-" and "_" after "eq-".`);
        const rendered = mathml(tex, display, where);
        const line = lines.line(node);
        if (!display) {
          parent.children.splice(index, 1, ...rendered);
          return;
        }
        const equation: Element = {
          type: "element",
          tagName: "div",
          properties: { className: ["equation"], ...(id ? { id } : {}), ...(line ? { dataLine: line } : {}) },
          ...(node.position ? { position: node.position } : {}),
          children: [...rendered, ...(id ? [{ type: "element", tagName: "span", properties: { className: ["equation-number"] }, children: [] } satisfies Element] : [])],
        };
        parent.children.splice(index, 1, equation);
      });
    };
    visit(tree);
  };
}
