// The CSL-JSON that citation-js makes of a .bib entry, as far as the site reads it, checked with zod.
import { z } from "zod";
import type { Lang } from "../i18n/locales.ts";

const Text = z.union([z.string(), z.number()]).transform(String);

export const CslNameSchema = z.looseObject({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
  "non-dropping-particle": z.string().optional(),
  "dropping-particle": z.string().optional(),
  suffix: z.string().optional(),
});
export type CslName = z.infer<typeof CslNameSchema>;

export const CslDateSchema = z.looseObject({
  "date-parts": z.array(z.array(z.union([z.number(), z.string()]))).optional(),
  literal: z.string().optional(),
  raw: z.string().optional(),
});
export type CslDate = z.infer<typeof CslDateSchema>;

const Names = z.array(CslNameSchema).optional();

/** One work. Fields the site does not read pass through to citeproc untouched. */
export const CslItemSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  title: Text.optional(),
  author: Names,
  editor: Names,
  translator: Names,
  "container-author": Names,
  "container-title": Text.optional(),
  "event-title": Text.optional(),
  publisher: Text.optional(),
  "publisher-place": Text.optional(),
  issued: CslDateSchema.optional(),
  accessed: CslDateSchema.optional(),
  volume: Text.optional(),
  issue: Text.optional(),
  page: Text.optional(),
  number: Text.optional(),
  edition: Text.optional(),
  DOI: Text.optional(),
  URL: Text.optional(),
  language: Text.optional(),
});
export type CslItem = z.infer<typeof CslItemSchema>;

/** The language a work is described in: its own conventions (等 / et al.) follow from it. */
export type WorkLanguage = Lang | "other";

export interface BibEntry {
  key: string;
  /** 1-based line of the entry's "@type{key," in the .bib file. */
  line: number;
  item: CslItem;
  language: WorkLanguage;
  /** Fields GB/T 7714 needs that the entry lacks, e.g. ["title", "date"]. Empty when complete. */
  missing: string[];
}

export interface Bibliography {
  /** The .bib file, relative to the project root, for messages. */
  file: string;
  /** The entries parsed: all of them, or those asked for (see parseBibliography). */
  entries: Map<string, BibEntry>;
  /** Every entry's key in the file, with its line. */
  keys: Map<string, number>;
  /** Keys that other entries inherit from (`crossref`, `xdata`) and @xdata entries: they need not be cited themselves. */
  crossrefTargets: Set<string>;
  /** What was left out of an entry and why (an unsafe url, a malformed doi), with file and line. */
  warnings: string[];
}
