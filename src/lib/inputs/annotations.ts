// Editorial corrections (to the original) and translator's notes (in the translation): schemas and loading.
import { z } from "zod";
import { perLanguage } from "./per-language.ts";
import { readFromDisk, type ReadInput } from "./read.ts";
import { parseYamlData } from "./yaml.ts";
import { INPUT_FILES } from "./paths.ts";

const Id = z.string().regex(/^[a-z]+-\d+$/, "use an id like ed-1 or tn-1");
const Target = z.string().regex(/^sec-[\d-]+(-p\d+)?$/, "use a section or paragraph id like sec-2-4 or sec-2-4-p1");

// Strict, as every data file: a misspelt key is reported, not ignored.
export const CorrectionSchema = z
  .strictObject({
    id: Id,
    in: Target,
    context: z.string().min(1),
    original: z.string().min(1),
    correction: z.string(),
    reason: perLanguage(z.string().min(1)),
  })
  .refine((c) => c.context.includes(c.original), { message: "context must contain original", path: ["context"] });

export const TranslatorNoteSchema = z.strictObject({
  id: Id,
  in: Target,
  anchor: z.string().min(1),
  note: z.string().min(1),
});

export type Correction = z.infer<typeof CorrectionSchema>;
export type TranslatorNote = z.infer<typeof TranslatorNoteSchema>;

const uniqueIds = <T extends { id: string }>(list: T[]) => new Set(list.map((x) => x.id)).size === list.length;

export const CorrectionsSchema = z.array(CorrectionSchema).refine(uniqueIds, "ids must be unique");
export const TranslatorNotesSchema = z.array(TranslatorNoteSchema).refine(uniqueIds, "ids must be unique");

/** `source` is the project root, or a reader of the project's files (the page's bundler's copy). */
function reader(source: string | ReadInput): ReadInput {
  return typeof source === "string" ? readFromDisk(source) : source;
}

function loadList<S extends z.ZodType>(source: string | ReadInput, file: string, schema: S): z.output<S> {
  const text = reader(source)(file);
  // Optional: a paper without corrections or notes simply has no such file.
  if (text === undefined) return [] as z.output<S>;
  return parseYamlData(text, file, schema);
}

export function loadCorrections(source: string | ReadInput): Correction[] {
  return loadList(source, INPUT_FILES.corrections, CorrectionsSchema);
}

export function loadTranslatorNotes(source: string | ReadInput): TranslatorNote[] {
  return loadList(source, INPUT_FILES.translatorNotes, TranslatorNotesSchema);
}

/** The author's text with every correction applied; used to check the page against the source. */
export function applyCorrections(text: string, corrections: readonly Correction[]): string {
  return corrections.reduce(
    (acc, c) => acc.replace(c.context, c.context.replace(c.original, c.correction)),
    text,
  );
}
