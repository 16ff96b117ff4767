// Rehype plugin: lets headings break only between words (Intl.Segmenter), by keeping each word in a no-wrap span.
import type { ElementContent, Root } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import { breakUnits, isUnit, type TextLocale } from "../../typography/words.ts";
import { pageLang } from "../file/file-frontmatter.ts";
import { hasClass } from "../hast/has-class.ts";

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Text cut into white space, single characters and `span.w` units (styled white-space: nowrap). */
export function wordNodes(text: string, locale: TextLocale, keep: readonly string[] = []): ElementContent[] {
  return breakUnits(text, locale, keep).map((piece) => (isUnit(piece) ? h("span", { className: ["w"] }, piece) : { type: "text", value: piece }));
}

const isBadge = (node: ElementContent) => hasClass(node, "counterpart");

/** Elements whose text is heading text: a corrected word (ins.correction) is cut into words like the rest. */
const TEXT_ELEMENTS = new Set(["ins", "em", "strong", "i", "b"]);

function splitText(children: ElementContent[], lang: TextLocale, keep: readonly string[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === "text") return wordNodes(child.value, lang, keep);
    if (child.type === "element" && TEXT_ELEMENTS.has(child.tagName)) child.children = splitText(child.children, lang, keep);
    return [child];
  });
}

/**
 * The heading's own words, without its badge: the link inside would otherwise lend the heading its name, in the
 * other language ("1. 引言Read this section in English"), and a heading's accessible name must be its visible text.
 */
export function headingName(children: readonly ElementContent[]): string {
  return children
    .filter((c) => !isBadge(c))
    .map((c) => toString(c))
    .join("")
    .trim();
}

/** `keep`: terms never broken inside (see breakUnits), the glossary's at page time. */
export function rehypeHeadingWords(keep: readonly string[] = []) {
  return (tree: Root, file: VFile): void => {
    const lang = pageLang(file);
    if (!lang) return;
    for (const node of tree.children) {
      if (node.type !== "element" || !HEADINGS.has(node.tagName)) continue;
      const hasBadge = node.children.some(isBadge);
      if (hasBadge) node.properties["ariaLabel"] = headingName(node.children);
      const children = splitText(node.children, lang, keep);
      // A badge after the last word (the link to the other language) goes into that word's span, so it never sits alone.
      const last = children.findLastIndex((c) => !isBadge(c));
      const word = children[last];
      if (last < children.length - 1 && word?.type === "element") word.children.push(...children.splice(last + 1));
      node.children = children;
    }
  };
}
