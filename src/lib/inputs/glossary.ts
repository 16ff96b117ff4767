// The translation's terminology: each term in every language of the paper, and the terms lines never break inside.
import { z } from "zod";
import { LANGS, LOCALES } from "../i18n/locales.ts";
import { perLanguage } from "./per-language.ts";
import { readFromDisk, type ReadInput } from "./read.ts";
import { parseYamlData } from "./yaml.ts";
import { INPUT_FILES } from "./paths.ts";

// Strict: a misspelt key (a note under "notes") is reported, not ignored.
// Each language's term: the translation's is the exact string it uses (matched case-insensitively).
export const GlossaryEntrySchema = perLanguage(z.string().min(1)).extend({ note: z.string().optional() });

export const GlossarySchema = z.array(GlossaryEntrySchema);
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** The glossary; none when the file does not exist (a paper need not have one). */
export function loadGlossary(source: string | ReadInput): GlossaryEntry[] {
  const text = (typeof source === "string" ? readFromDisk(source) : source)(INPUT_FILES.glossary);
  return text === undefined ? [] : parseYamlData(text, INPUT_FILES.glossary, GlossarySchema);
}

/** Longer terms are left to break: a no-wrap run of more than this many characters can overflow a phone-width heading. */
const KEEP_MAX_CHARS = 8;

/** Languages written without spaces between words (Han), whose lines the segmenter's dictionary decides. */
const UNSPACED = LANGS.filter((lang) => LOCALES[lang].script === "han");

/**
 * The glossary's terms in an unspaced script (Chinese) that titles, headings and cards keep on one line
 * (src/lib/typography/words.ts): the paper's own vocabulary, which the segmenter's dictionary does not
 * know. Terms with spaces break at them.
 */
export function keptTogether(entries: readonly GlossaryEntry[]): string[] {
  return entries.flatMap((g) => UNSPACED.map((lang) => g[lang])).filter((term) => !/\s/u.test(term) && [...term].length > 1 && [...term].length <= KEEP_MAX_CHARS);
}
