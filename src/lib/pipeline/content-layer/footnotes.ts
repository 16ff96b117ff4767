// Rehype plugin: GFM footnotes get their heading and back-link labels in the page's language.
import type { Element, Root, RootContent } from "hast";
import type { VFile } from "vfile";
import { ui } from "../../i18n/ui.ts";
import { pageLang } from "../file/file-frontmatter.ts";

const elements = (node: Element | Root): Element[] => (node.children as RootContent[]).filter((c): c is Element => c.type === "element");

/**
 * remark-rehype labels footnotes in English for every file ("Footnotes", "Back to reference 1");
 * its options are one per site, while the language is per file, so the labels are set here.
 * The heading is shown: readers of either language see where the notes begin.
 */
export function rehypeFootnoteLabels() {
  return (tree: Root, file: VFile): void => {
    const lang = pageLang(file);
    if (!lang) return;
    const t = ui[lang];
    for (const section of elements(tree)) {
      if (section.properties["dataFootnotes"] === undefined) continue;
      for (const child of elements(section)) {
        if (child.properties["id"] === "footnote-label") {
          child.children = [{ type: "text", value: t.footnotes }];
          delete child.properties["className"];
        }
        if (child.tagName !== "ol") continue;
        elements(child).forEach((li, i) => {
          let use = 0;
          const visit = (node: Element) => {
            for (const c of elements(node)) {
              if (c.tagName === "a" && c.properties["dataFootnoteBackref"] !== undefined) {
                use += 1;
                c.properties["ariaLabel"] = t.backToFootnoteRef(i + 1, use);
              }
              visit(c);
            }
          };
          visit(li);
        });
      }
    }
  };
}
