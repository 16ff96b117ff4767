// The back matter's sections as the contents list them: in page order, each only when the page shows it.
import type { Dictionary } from "../i18n/dictionary.ts";
import type { LanguagePair } from "../i18n/language-pair.ts";
import type { Lang } from "../i18n/locales.ts";

export interface ContentsLink {
  /** The id of the section's heading. */
  slug: string;
  text: string;
}

/** What the page shows after the references; the same lists the page's components are given. */
export interface BackMatter {
  translatorNotes: readonly unknown[];
  corrections: readonly unknown[];
  glossary: readonly unknown[];
}

/** tests/e2e/contents.test.ts checks that every back-matter heading is listed. */
export function backMatterLinks(shown: BackMatter, t: Dictionary, pair: LanguagePair): ContentsLink[] {
  const links: ContentsLink[] = [];
  if (shown.translatorNotes.length > 0) links.push({ slug: "translator-notes-title", text: t.translatorNotes });
  if (shown.corrections.length > 0) links.push({ slug: "editor-notes-title", text: t.editorNotes(pair) });
  if (shown.glossary.length > 0) links.push({ slug: "glossary-title", text: t.glossary });
  links.push({ slug: "cite-title", text: t.citeTitle });
  return links;
}

/**
 * The side-by-side view's sections after the body, in page order, with the ids they have there: each text's notes
 * at the foot of its column (the other column's ids prefixed), then the one reference list, the glossary and the
 * citation, whose ids are the interface language's.
 */
export function parallelBackMatterLinks(shown: BackMatter, t: Dictionary, pair: LanguagePair, primary: Lang, idIn: (id: string, lang: Lang) => string): ContentsLink[] {
  const notes: (ContentsLink & { lang: Lang })[] = [];
  if (shown.corrections.length > 0) notes.push({ slug: idIn("editor-notes-title", pair.original), text: t.editorNotes(pair), lang: pair.original });
  if (shown.translatorNotes.length > 0) notes.push({ slug: idIn("translator-notes-title", pair.translation), text: t.translatorNotes, lang: pair.translation });
  // The interface language's text comes first on the page, and so do its notes.
  const links: ContentsLink[] = [...notes.filter((n) => n.lang === primary), ...notes.filter((n) => n.lang !== primary)].map(({ slug, text }) => ({ slug, text }));
  links.push({ slug: "references-title", text: t.references });
  if (shown.glossary.length > 0) links.push({ slug: "glossary-title", text: t.glossary });
  links.push({ slug: "cite-title", text: t.citeTitle });
  return links;
}
