// The paper's complete references (every field GB/T 7714 needs), in reference-list order, for metadata.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseBibliography } from "./bibtex.ts";
import { citationOrder } from "../syntax/citation-markers.ts";
import type { CslItem } from "./schema.ts";

export const BIBLIOGRAPHY_FILE = "bibliography/references.bib";
export const NUMBERING_SOURCE = "content/paper/zh.md";

/**
 * Cited works whose entry is complete, numbered as on the pages (first citation in the Chinese text).
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

export function readCompleteReferences(root: string): CslItem[] {
  const read = (file: string) => readFileSync(path.join(root, file), "utf8");
  // The Chinese may be Markdown or MDX.
  const mdx = NUMBERING_SOURCE.replace(/\.md$/, ".mdx");
  const source = !existsSync(path.join(root, NUMBERING_SOURCE)) && existsSync(path.join(root, mdx)) ? mdx : NUMBERING_SOURCE;
  const [bibText, numberingText] = [read(BIBLIOGRAPHY_FILE), read(source)];
  if (last?.bibText !== bibText || last.numberingText !== numberingText) {
    last = { bibText, numberingText, items: completeReferences(bibText, numberingText) };
  }
  return last.items;
}
