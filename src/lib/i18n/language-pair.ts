// Which language of a paper is the original and which the translation (content/metadata.yaml, `original`).
import { DEFAULT_ORIGINAL, LANGS, otherLang, type Lang } from "./locales.ts";

export interface LanguagePair {
  /** The author's text: editorial corrections and the fidelity test apply to it, and its citations number the references. */
  readonly original: Lang;
  /** The translation, whose staleness is tracked against the original and which carries the translator's notes. */
  readonly translation: Lang;
  /** Both, the original first: the order in which versions are resolved, listed and shown side by side. */
  readonly langs: readonly [Lang, Lang];
}

export function languagePair(original: Lang = DEFAULT_ORIGINAL): LanguagePair {
  if (LANGS.length !== 2) throw new Error(`A paper has two languages; src/lib/i18n/locales.ts has ${LANGS.length}.`);
  const translation = otherLang(original);
  return { original, translation, langs: [original, translation] };
}

export function isOriginal(pair: LanguagePair, lang: Lang): boolean {
  return pair.original === lang;
}
