// Rehype plugin: a citation or note mark is kept on one line with the character before it, on paper (print.css).
import type { ElementContent, Root } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { hasClass } from "../hast/has-class.ts";

/** Marks that follow the text they belong to (citations, translator's and editor's notes). */
const MARKS = ["citation", "note-ref"];

const isMark = (node: ElementContent | undefined) => MARKS.some((m) => hasClass(node, m));

/** The longest word in an element (a corrected word, an emphasis) that a mark after it carries along whole. */
const SHORT = 8;

const GLUE = "mark-glue";

/**
 * Between a Han character and "[" a line may break (UAX #14), so "出现[1]" could leave "[1]" at the start of
 * a line. On screen a word joiner before the mark forbids it (typography.css), but paper drops the joiner,
 * which PDF readers extract as a space. So the last character before the mark goes into a span with it (no-wrap
 * in print), and a mark right after another joins the same span. A mark after a short element (a corrected word,
 * <ins>投资者</ins>) takes the element along; after a longer one, only the screen's joiner holds it. The text
 * is unchanged, character for character.
 */
function glue(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    const prev = out.at(-1);
    if (isMark(child) && prev?.type === "element" && hasClass(prev, GLUE)) {
      prev.children.push(child);
      continue;
    }
    if (isMark(child) && prev?.type === "text") {
      const chars = [...prev.value];
      const last = chars.at(-1);
      if (last && !/\s/u.test(last)) {
        const rest = chars.slice(0, -1).join("");
        out.pop();
        if (rest) out.push({ type: "text", value: rest });
        out.push(h("span", { className: [GLUE] }, [{ type: "text", value: last }, child]));
        continue;
      }
    }
    if (isMark(child) && prev?.type === "element" && [...toString(prev)].length <= SHORT && !/\s/u.test(toString(prev))) {
      out.pop();
      out.push(h("span", { className: [GLUE] }, [prev, child]));
      continue;
    }
    out.push(child);
  }
  return out;
}

export function rehypeGlueMarks() {
  return (tree: Root): void => {
    visit(tree, "element", (node) => {
      if (hasClass(node, GLUE)) return SKIP;
      if (node.children.some(isMark)) node.children = glue(node.children);
      return undefined;
    });
  };
}
