// Page time: [@fig-…], [@tbl-…], [@eq-…], [@sec-…] become links reading "图 1" / "Figure 1" etc. in the page's language.
import type { Element, ElementContent, Root, Text } from "hast";
import type { VFile } from "vfile";
import { findMarkers, MarkerSyntaxError, type Marker } from "../../syntax/citation-markers.ts";
import type { Lang } from "../../i18n/ui.ts";
import { ui } from "../../i18n/ui.ts";
import { crossRefKind } from "../../syntax/cross-ref-keys.ts";
import { didYouMean } from "../../syntax/nearest-key.ts";
import { sourceLines } from "../file/source-lines.ts";
import { targetText, type Target } from "./numbering.ts";

const SKIP = new Set(["code", "pre", "script", "style", "a", "math", "kbd", "samp"]);

function linesBefore(text: string, offset: number): number {
  return text.slice(0, offset).match(/\n/g)?.length ?? 0;
}

const KIND_NAMES = { fig: "figure", tbl: "table", eq: "equation", sec: "section" } as const;

/**
 * Runs before the citation plugin: a group of reserved keys is replaced by links here, so the
 * bibliography never sees them. A group mixing cross-references and citations is an error, as is a
 * key that names nothing on the page.
 */
export function resolveCrossRefs(tree: Root, file: VFile, lang: Lang, targets: ReadonlyMap<string, Target>): string[] {
  const lines = sourceLines(file);
  const used: string[] = [];
  const link = (key: string): Element => {
    const target = targets.get(key);
    if (!target) throw new Error(`unreachable: ${key} was checked`);
    return { type: "element", tagName: "a", properties: { href: `#${key}`, className: ["xref"] }, children: [{ type: "text", value: targetText(target, lang) }] };
  };
  const replace = (text: Text, markers: Marker[], where: (offset: number) => string): ElementContent[] => {
    const pieces: ElementContent[] = [];
    let cursor = 0;
    for (const m of markers) {
      const kinds = m.keys.map(crossRefKind);
      if (kinds.every((k) => k === undefined)) continue;
      const marker = text.value.slice(m.start, m.end);
      if (kinds.some((k) => k === undefined)) {
        throw new Error(`${where(m.start)}: "${marker}" mixes cross-references and citations; write them as two groups, e.g. [@fig-growth] [@ref01].`);
      }
      for (const key of m.keys) {
        if (!targets.has(key)) {
          const kind = KIND_NAMES[crossRefKind(key) ?? "fig"];
          throw new Error(`${where(m.start)}: the cross-reference "@${key}" names no ${kind} in this file.${didYouMean(key, targets.keys())} Check the ${kind}'s label, or remove the reference.`);
        }
        used.push(key);
      }
      if (m.start > cursor) pieces.push({ type: "text", value: text.value.slice(cursor, m.start) });
      m.keys.forEach((key, i) => {
        if (i > 0) pieces.push({ type: "text", value: ui[lang].refSeparator });
        pieces.push(link(key));
      });
      cursor = m.end;
    }
    if (cursor === 0) return [text];
    if (cursor < text.value.length) pieces.push({ type: "text", value: text.value.slice(cursor) });
    return pieces;
  };
  const visit = (node: Root | Element) => {
    const out: (ElementContent | Root["children"][number])[] = [];
    for (const child of node.children) {
      if (child.type === "text") {
        let markers: Marker[];
        try {
          markers = findMarkers(child.value);
        } catch (error) {
          // The citation plugin, next, reports an unsupported form with its line.
          if (error instanceof MarkerSyntaxError) markers = [];
          else throw error;
        }
        const start = lines.line(child);
        out.push(...replace(child, markers, (offset) => lines.at(start === undefined ? undefined : start + linesBefore(child.value, offset))));
        continue;
      }
      if (child.type === "element" && !SKIP.has(child.tagName)) visit(child);
      out.push(child);
    }
    node.children = out as typeof node.children;
  };
  visit(tree);
  return used;
}
