// The back matter's sections as the contents list them: in page order, each only when the page shows it.
import { loadCorrections, loadTranslatorNotes } from "../lib/inputs/annotations.ts";
import { loadGlossary } from "../lib/inputs/glossary.ts";
import { ui, type Lang } from "../lib/i18n/ui.ts";
import type { LanguagePair } from "../lib/i18n/language-pair.ts";
import { readInput } from "./inputs.ts";

export interface ContentsLink {
  /** The id of the section's heading. */
  slug: string;
  text: string;
}

/**
 * Mirrors the conditions of Notes.astro (translator's notes on the English page only), Glossary.astro and
 * CiteThisPaper.astro; tests/e2e/contents.test.ts checks that every back-matter heading is listed.
 */
export function backMatterLinks(lang: Lang, pair: LanguagePair): ContentsLink[] {
  const t = ui[lang];
  const links: ContentsLink[] = [];
  if (lang === "en" && loadTranslatorNotes(readInput).length > 0) links.push({ slug: "translator-notes-title", text: t.translatorNotes });
  if (loadCorrections(readInput).length > 0) links.push({ slug: "editor-notes-title", text: t.editorNotes(pair) });
  if (loadGlossary(readInput).length > 0) links.push({ slug: "glossary-title", text: t.glossary });
  links.push({ slug: "cite-title", text: t.citeTitle });
  return links;
}
