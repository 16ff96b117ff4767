// Page time: numbers figures, tables and display equations in order of appearance, and lists what a cross-reference may point to.
import type { Element, Root } from "hast";
import type { Lang } from "../../i18n/ui.ts";
import { ui } from "../../i18n/ui.ts";
import { ELEMENT_ID, type CrossRefKind } from "../../syntax/cross-ref-keys.ts";
import { hasClass } from "../hast/has-class.ts";

export interface Target {
  kind: CrossRefKind;
  /** "1" for a figure, table or equation; "2.1" for a section. */
  number: string;
}

function findByClass(node: Element, name: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (hasClass(child, name)) return child;
    const found = findByClass(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The text a reader sees for a target: "图 1", "Table 2", "式 (3)", "2.1 节". */
export function targetText(target: Target, lang: Lang): string {
  const t = ui[lang];
  const n = Number(target.number);
  switch (target.kind) {
    case "fig":
      return t.figureLabel(n);
    case "tbl":
      return t.tableLabel(n);
    case "eq":
      return t.equationRef(n);
    case "sec":
      return t.sectionRef(target.number);
  }
}

/**
 * Each kind is counted on its own through the whole page, as Quarto and LaTeX do, so both languages
 * (aligned by src/lib/pipeline/page-time/alignment.ts) give every element the same number. Fills the caption's
 * "图 1" / "Figure 1" and the equation's "(1)", and returns every id a cross-reference may name.
 */
export function numberElements(tree: Root, lang: Lang): Map<string, Target> {
  const t = ui[lang];
  const targets = new Map<string, Target>();
  const counts = { fig: 0, tbl: 0, eq: 0 };
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      const id = child.properties["id"];
      if (typeof id === "string" && /^h[2-6]$/.test(child.tagName) && id.startsWith("sec-")) {
        targets.set(id, { kind: "sec", number: id.slice(4).replaceAll("-", ".") });
      } else if (typeof id === "string" && ELEMENT_ID.test(id) && (hasClass(child, "figure") || hasClass(child, "table-figure") || hasClass(child, "equation"))) {
        const kind = id.slice(0, id.indexOf("-")) as "fig" | "tbl" | "eq";
        counts[kind] += 1;
        const n = counts[kind];
        targets.set(id, { kind, number: String(n) });
        const slot = findByClass(child, kind === "eq" ? "equation-number" : "caption-label");
        if (slot) slot.children = [{ type: "text", value: kind === "fig" ? t.figureLabel(n) : kind === "tbl" ? t.tableLabel(n) : t.equationNumber(n) }];
        continue;
      }
      visit(child);
    }
  };
  visit(tree);
  return targets;
}
