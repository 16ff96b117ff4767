// Notes on this edition of the paper (content/edition.yaml): what the pages say about the text's origin, all optional.
import { z } from "zod";
import { perLanguage } from "./per-language.ts";
import type { ReadInput } from "./read.ts";
import { parseYamlData } from "./yaml.ts";
import { INPUT_FILES } from "./paths.ts";

// Strict throughout: a misspelt key is reported, not ignored.
const Bilingual = perLanguage(z.string().min(1));

export const EditionSchema = z.strictObject({
  /** Where the text comes from (colophon). */
  source: Bilingual.optional(),
  /** How the translation was made (colophon). */
  translation: Bilingual.optional(),
  /** Why the title or keywords are marked as the editors' (metadata.yaml titleSource/keywordsSource: editorial). */
  editorial: Bilingual.optional(),
  /** Said under the title when metadata.yaml lists no authors; without it, nothing is said. */
  authorsMissing: Bilingual.optional(),
  /** Said for metadata the source does not give (colophon, cite box); without it, such fields are left out. */
  notGiven: Bilingual.optional(),
  /** The author's text as extracted from the source, root-relative: the fidelity test compares the original's page with it. */
  sourceText: z.string().min(1).optional(),
});

export type Edition = z.infer<typeof EditionSchema>;

/** The edition notes; none when the file does not exist (a paper of one's own needs none). */
export function loadEdition(read: ReadInput): Edition {
  const text = read(INPUT_FILES.edition);
  return text === undefined ? {} : (parseYamlData(text, INPUT_FILES.edition, EditionSchema.nullable()) ?? {});
}
