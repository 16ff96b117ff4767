// The translation's terminology: each term in every language of the paper, and the terms lines never break inside.
import { z } from "zod";
import { LANGS, LOCALES } from "../i18n/locales.ts";
import { perLanguage } from "./per-language.ts";
import { readFromDisk, type ReadInput } from "./read.ts";
import { parseYamlData } from "./yaml.ts";
import { INPUT_FILES } from "./paths.ts";
import { parseMetadata } from "./metadata.ts";
import { hanSpaceKind } from "../typography/han-spaces.ts";

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

/** A term a line may keep whole: 2 to 8 characters, and spaces only where Han meets Latin ("C 端"), never between words. */
function keepable(term: string): boolean {
  const length = [...term.replace(/ /gu, "")].length;
  if (length < 2 || length > KEEP_MAX_CHARS || /[^\S ]/u.test(term)) return false;
  return [...term.matchAll(/ +/gu)].every((m) => hanSpaceKind(term[m.index - 1] ?? "", term[m.index + m[0].length] ?? "") === "gap");
}

/**
 * The glossary's terms in an unspaced script (Chinese) that titles, headings, the contents, the glossary's cells
 * and cards keep on one line (src/lib/typography/words.ts): the paper's own vocabulary, which the segmenter's
 * dictionary does not know (蚂蚁|金|服). A term that mixes scripts keeps its space too ("C 端", never "C | 端").
 * `extra`: more terms of the paper's own (its keywords: 发展趋势, which the segmenter cuts as 发展|趋势).
 */
export function keptTogether(entries: readonly GlossaryEntry[], extra: readonly string[] = []): string[] {
  const terms = [...entries.flatMap((g) => UNSPACED.map((lang) => g[lang])), ...extra];
  return [...new Set(terms.filter(keepable))];
}

/** The terms kept whole (keptTogether): the glossary's, and the paper's keywords in an unspaced script. */
export function keptTerms(read: ReadInput, glossary: readonly GlossaryEntry[] = loadGlossary(read)): string[] {
  const metadata = read(INPUT_FILES.metadata);
  const keywords = metadata === undefined ? [] : UNSPACED.flatMap((lang) => parseMetadata(metadata).keywords[lang]);
  return keptTogether(glossary, keywords);
}
