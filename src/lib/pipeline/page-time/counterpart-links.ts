// Rehype plugin: adds to each numbered heading a link to the same section in the other language.
import type { Root } from "hast";
import { h } from "hastscript";
import type { VFile } from "vfile";
import { otherLang, ui } from "../../i18n/ui.ts";
import { LOCALES } from "../../i18n/locales.ts";
import { pageLang } from "../file/file-frontmatter.ts";
import type { LanguagePair } from "../../i18n/language-pair.ts";

/** `pair`: whether the badge leads to the original or the translation is part of its label. */
export function rehypeCounterpartLinks(pair: LanguagePair) {
  return (tree: Root, file: VFile): void => {
    const lang = pageLang(file);
    if (!lang) return;
    const other = otherLang(lang);
    for (const node of tree.children) {
      if (node.type !== "element" || !/^h[2-4]$/.test(node.tagName)) continue;
      const id = node.properties["id"];
      if (typeof id !== "string" || !id.startsWith("sec-")) continue;
      // Relative, so it is right under any base path: /base/zh/ ↔ /base/en/.
      node.children.push(
        h("a", {
          href: `../${other}/#${id}`,
          hreflang: LOCALES[other].tag,
          className: ["counterpart"],
          dataMark: ui[lang].counterpartMark,
          ariaLabel: ui[lang].switchToLabel(pair),
        }),
      );
    }
  };
}
