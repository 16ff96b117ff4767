// The paper's complete references (every field GB/T 7714 needs), in reference-list order, for metadata.
import { existingPaperFile } from "../inputs/paper-path.ts";
import { readFromDisk } from "../inputs/read.ts";
import type { Lang } from "../i18n/locales.ts";
import { parseBibliography } from "./bibtex.ts";
import { citationOrder } from "../syntax/citation-markers.ts";
import type { CslItem } from "./schema.ts";

export const BIBLIOGRAPHY_FILE = "bibliography/references.bib";

/**
 * Cited works whose entry is complete, numbered as on the pages (first citation in the original).
 * An incomplete entry is left out: metadata says nothing about a work rather than something partial.
 */
export function completeReferences(bibText: string, numberingText: string, bibFile = BIBLIOGRAPHY_FILE): CslItem[] {
  const order = citationOrder(numberingText);
  const bib = parseBibliography(bibFile, bibText, order);
  return order
    .flatMap((key) => {
      const entry = bib.entries.get(key);
      return entry && entry.missing.length === 0 ? [entry.item] : [];
    });
}

// Every page and export asks for the references; a whole-library .bib takes tens of milliseconds to scan.
let last: { bibText: string; numberingText: string; items: CslItem[] } | undefined;

/** `original`: the language whose text numbers the references (content/metadata.yaml, `original`). */
export function readCompleteReferences(root: string, original: Lang): CslItem[] {
  const readFile = readFromDisk(root);
  const read = (file: string) => {
    const text = readFile(file);
    if (text === undefined) throw new Error(`${file}: no such file; the paper's metadata lists the references from it.`);
    return text;
  };
  const [bibText, numberingText] = [read(BIBLIOGRAPHY_FILE), read(existingPaperFile(original, readFile))];
  if (last?.bibText !== bibText || last.numberingText !== numberingText) {
    last = { bibText, numberingText, items: completeReferences(bibText, numberingText) };
  }
  return last.items;
}
