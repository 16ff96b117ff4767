// Rehype plugin: wraps the author's ASCII spaces beside Han text in span.han-space, set at the autospace gap (typography.css).
import type { Element, ElementContent, Root, RootContent } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import { LOCALES, isLang } from "../../i18n/locales.ts";
import { hanSpaceClasses, hanSpacePieces, type HanSpacePiece } from "../../typography/han-spaces.ts";
import { pageLang } from "../file/file-frontmatter.ts";
import { hasClass } from "../hast/has-class.ts";

/** Where text is not running prose: code, maths and what is not shown. */
const SKIP = new Set(["code", "pre", "kbd", "samp", "math", "script", "style", "svg", "textarea"]);

/** Whether a lang attribute (a BCP 47 tag) names a language set in Han. */
function isHanTag(tag: string): boolean {
  const code = tag.split("-")[0] ?? "";
  return isLang(code) && LOCALES[code].script === "han";
}

/** The pieces as hast: the space stays in the text (word for word), inside a span that sets its width. */
export function hanSpaceNodes(pieces: readonly HanSpacePiece[]): ElementContent[] {
  return pieces.map((p) =>
    p.space ? h("span", { className: hanSpaceClasses(p.space) }, p.text) : { type: "text", value: p.text },
  );
}

const lastChar = (node: RootContent | ElementContent | undefined) => (node ? [...toString(node as Element)].at(-1) ?? "" : "");
const firstChar = (node: RootContent | ElementContent | undefined) => (node ? [...toString(node as Element)][0] ?? "" : "");

function walk(parent: Root | Element, han: boolean): void {
  const out: (RootContent | ElementContent)[] = [];
  const children = parent.children as (RootContent | ElementContent)[];
  children.forEach((child, i) => {
    if (child.type === "text" && han) {
      const pieces = hanSpacePieces(child.value, lastChar(children[i - 1]), firstChar(children[i + 1]));
      if (pieces.some((p) => p.space)) {
        out.push(...hanSpaceNodes(pieces));
        return;
      }
    } else if (child.type === "element" && !SKIP.has(child.tagName) && !hasClass(child, "han-space")) {
      const lang = child.properties["lang"];
      walk(child, typeof lang === "string" ? isHanTag(lang) : han);
    }
    out.push(child);
  });
  parent.children = out as typeof parent.children;
}

/** Runs on a page in a language set in Han; runs in another language (lang) keep their spaces as they are. */
export function rehypeHanSpaces() {
  return (tree: Root, file: VFile): void => {
    const lang = pageLang(file);
    if (!lang) return;
    walk(tree, LOCALES[lang].script === "han");
  };
}
