// Every interface string of the site, per language: the dictionaries of the locale table (locales.ts).
import type { Dictionary } from "./dictionary.ts";
import { LOCALES, perLang } from "./locales.ts";

// Re-exported so that a module needing strings and the language type imports one module.
export { LANGS, isLang, otherLang, type Lang } from "./locales.ts";

export const ui = perLang((lang): Dictionary => LOCALES[lang].dictionary);
export type UiStrings = Dictionary;
