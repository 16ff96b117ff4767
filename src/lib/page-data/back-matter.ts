// The back matter's sections as the contents list them: in page order, each only when the page shows it.
import type { Dictionary } from "../i18n/dictionary.ts";
import type { LanguagePair } from "../i18n/language-pair.ts";
import type { Lang } from "../i18n/locales.ts";
import { columnId } from "../parallel/pair-blocks.ts";

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

/** The sections after the notes, the same on every page: the glossary when there is one, then the citation. */
function closingLinks(shown: BackMatter, t: Dictionary): ContentsLink[] {
  return [...(shown.glossary.length > 0 ? [{ slug: "glossary-title", text: t.glossary }] : []), { slug: "cite-title", text: t.citeTitle }];
}

/** tests/e2e/contents.test.ts checks that every back-matter heading is listed. */
export function backMatterLinks(shown: BackMatter, t: Dictionary, pair: LanguagePair): ContentsLink[] {
  const links: ContentsLink[] = [];
  if (shown.translatorNotes.length > 0) links.push({ slug: "translator-notes-title", text: t.translatorNotes });
  if (shown.corrections.length > 0) links.push({ slug: "editor-notes-title", text: t.editorNotes(pair) });
  return [...links, ...closingLinks(shown, t)];
}

/**
 * The side-by-side view's sections after the body, in page order, with the ids they have there: each text's notes
 * at the foot of its column (the other column's ids prefixed, columnId), then the one reference list, the glossary
 * and the citation, whose ids are the interface language's.
 */
export function parallelBackMatterLinks(shown: BackMatter, t: Dictionary, pair: LanguagePair, primary: Lang): ContentsLink[] {
  const notes: (ContentsLink & { lang: Lang })[] = [];
  if (shown.corrections.length > 0) notes.push({ slug: columnId("editor-notes-title", pair.original, primary), text: t.editorNotes(pair), lang: pair.original });
  if (shown.translatorNotes.length > 0) notes.push({ slug: columnId("translator-notes-title", pair.translation, primary), text: t.translatorNotes, lang: pair.translation });
  // The interface language's text comes first on the page, and so do its notes.
  const ordered = [...notes.filter((n) => n.lang === primary), ...notes.filter((n) => n.lang !== primary)];
  return [...ordered.map(({ slug, text }) => ({ slug, text })), { slug: "references-title", text: t.references }, ...closingLinks(shown, t)];
}
