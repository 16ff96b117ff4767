// The languages a paper can be published in: one row each, from which every language type, tag and locale derives.
import type { Dictionary } from "./dictionary.ts";
import { en } from "./dictionaries/en.ts";
import { zh } from "./dictionaries/zh.ts";

/** What the site needs to know of a language; adding a language is adding a row (README, "Adding a language"). */
export interface Locale {
  /** The language's English name, for build messages. */
  readonly name: string;
  /** BCP 47 tag for `lang`, `hreflang`, `inLanguage` and `DC.language`. */
  readonly tag: string;
  /** Open Graph locale (`og:locale`). */
  readonly ogLocale: string;
  /** citeproc locale: bundled with citation-js, or a file `bibliography/styles/locales-<cslLocale>.xml` (src/lib/inputs/paths.ts). */
  readonly cslLocale: string;
  /**
   * Script class, for what depends on the writing system rather than the language: line breaking and
   * justification (typography), which runs of quoted text get this language's `lang`, and card fonts.
   */
  readonly script: Script;
  readonly dir: "ltr" | "rtl";
  /**
   * How a .bib entry's `langid` or `language` names the language (biblatex names, ISO 639 codes, Zotero's
   * tags, matched without case and with any region or variant after "-", "_" or " "): src/lib/bibliography/bibtex.ts.
   */
  readonly bibLangids: readonly string[];
  /** The biblatex `langid` the paper's own .bib export gives (babel/polyglossia's name, which biblatex and pandoc read). */
  readonly langid: string;
  /** Words too short to end a line of a title or heading ("A / Case"): each goes with the word after it. */
  readonly clingingWords: readonly string[];
  readonly dictionary: Dictionary;
}

/** A writing system, as far as the site treats scripts differently. */
export type Script = "han" | "latin";

export const LOCALES = {
  zh: {
    name: "Chinese",
    tag: "zh-Hans",
    ogLocale: "zh_CN",
    cslLocale: "zh-CN",
    script: "han",
    dir: "ltr",
    bibLangids: ["zh", "zho", "chi", "chinese", "schinese", "tchinese", "pinyin", "中文", "汉语", "漢語", "简体中文", "繁體中文"],
    langid: "chinese",
    // One-character prepositions that open a phrase (以蚂蚁金服为例, 从 C 端用户): a line never ends on one ("…：以").
    clingingWords: ["以", "从", "与", "对", "在", "为"],
    dictionary: zh,
  },
  en: {
    name: "English",
    tag: "en",
    ogLocale: "en_US",
    cslLocale: "en-US",
    script: "latin",
    dir: "ltr",
    bibLangids: ["en", "eng", "english", "american", "british", "canadian", "australian", "newzealand", "usenglish", "ukenglish"],
    langid: "english",
    clingingWords: ["a", "A", "I", "an", "An"],
    dictionary: en,
  },
} as const satisfies Record<string, Locale>;

export type Lang = keyof typeof LOCALES;

/** Every language, in the table's order. */
export const LANGS = Object.keys(LOCALES) as [Lang, ...Lang[]];

/** The BCP 47 tag for content in several languages at once (the bilingual landing page and its card). */
export const MULTILINGUAL = "mul";

/** The language the paper's original is in unless content/metadata.yaml says otherwise (`paper.original`). */
export const DEFAULT_ORIGINAL: Lang = "zh";

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? "");
}

/** The other language of a pair, for switchers and counterpart links. */
export function otherLang(lang: Lang): Lang {
  const other = LANGS.find((l) => l !== lang);
  if (!other) throw new Error(`No language besides ${lang} in src/lib/i18n/locales.ts.`);
  return other;
}

/** The language whose script is `script` (for quoted runs of text, e.g. Chinese inside an English page). */
export function langOfScript(script: Script): Lang | undefined {
  return LANGS.find((l) => LOCALES[l].script === script);
}

/** A record with one value per language, built from a function of the language. */
export function perLang<T>(make: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, T>;
}
