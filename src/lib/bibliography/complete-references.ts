// The paper's complete references (every field GB/T 7714 needs), in reference-list order, for metadata.
import { parseBibliography } from "./bibtex.ts";
import { citationOrder } from "../syntax/citation-markers.ts";
import type { CslItem } from "./schema.ts";
import { INPUT_FILES } from "../inputs/paths.ts";

/**
 * Cited works whose entry is complete, numbered as on the pages (first citation in the original).
 * An incomplete entry is left out: metadata says nothing about a work rather than something partial.
 */
export function completeReferences(bibText: string, numberingText: string, bibFile = INPUT_FILES.bibliography): CslItem[] {
  const order = citationOrder(numberingText);
  const bib = parseBibliography(bibFile, bibText, order);
  return order
    .flatMap((key) => {
      const entry = bib.entries.get(key);
      return entry && entry.missing.length === 0 ? [entry.item] : [];
    });
}
