// The data files a paper reads besides its text, each parsed once per state of the files (the paper object's inputs).
import { readStyleFiles, type StyleFiles } from "../bibliography/format.ts";
import { loadCorrections, loadTranslatorNotes, type Correction, type TranslatorNote } from "../inputs/annotations.ts";
import { loadEdition, type Edition } from "../inputs/edition.ts";
import { keptTerms, loadGlossary, type GlossaryEntry } from "../inputs/glossary.ts";
import type { ReadInput } from "../inputs/read.ts";

export interface PaperInputs {
  edition: Edition;
  corrections: Correction[];
  translatorNotes: TranslatorNote[];
  glossary: GlossaryEntry[];
  /** The glossary's terms and the keywords that titles, headings, the contents and cards never break inside. */
  keptTerms: string[];
  /** The citation style and locale files, for the reference list and the "Cite this paper" box alike. */
  styleFiles: StyleFiles;
}

export function loadPaperInputs(read: ReadInput): PaperInputs {
  const glossary = loadGlossary(read);
  return {
    edition: loadEdition(read),
    corrections: loadCorrections(read),
    translatorNotes: loadTranslatorNotes(read),
    glossary,
    keptTerms: keptTerms(read, glossary),
    styleFiles: readStyleFiles(read),
  };
}
