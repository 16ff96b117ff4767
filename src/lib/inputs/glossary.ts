// The translation's terminology: one English term per Chinese term, and a check that it is followed.
import { z } from "zod";
import { readFromDisk, type ReadInput } from "./read.ts";
import { parseYamlData } from "./yaml.ts";

// Strict: a misspelt key (a note under "notes") is reported, not ignored.
export const GlossaryEntrySchema = z.strictObject({
  zh: z.string().min(1),
  /** The exact English string the translation uses (matched case-insensitively). */
  en: z.string().min(1),
  note: z.string().optional(),
});

export const GlossarySchema = z.array(GlossaryEntrySchema);
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const GLOSSARY_FILE = "content/glossary.yaml";

/** The glossary; none when the file does not exist (a paper need not have one). */
export function loadGlossary(source: string | ReadInput): GlossaryEntry[] {
  const text = (typeof source === "string" ? readFromDisk(source) : source)(GLOSSARY_FILE);
  return text === undefined ? [] : parseYamlData(text, GLOSSARY_FILE, GlossarySchema);
}

/** Longer terms are left to break: a no-wrap run of more than this many characters can overflow a phone-width heading. */
const KEEP_MAX_CHARS = 8;

/**
 * The glossary's Chinese terms that titles, headings and cards keep on one line (src/lib/typography/words.ts):
 * the paper's own vocabulary, which the segmenter's dictionary does not know. Terms with spaces break at them.
 */
export function keptTogether(entries: readonly GlossaryEntry[]): string[] {
  return entries.map((g) => g.zh).filter((term) => !/\s/u.test(term) && [...term].length > 1 && [...term].length <= KEEP_MAX_CHARS);
}
