// The paper object: its languages, inputs and resolved versions, loaded once per state of the files and passed to every route.
import type { CslItem } from "../bibliography/schema.ts";
import type { LanguagePair } from "../i18n/language-pair.ts";
import type { Lang } from "../i18n/locales.ts";
import type { Metadata } from "../inputs/metadata.ts";
import type { PaperInputs } from "./inputs.ts";
import type { Block, Heading } from "../pipeline/page-time/resolve.ts";
import type { Structure } from "../syntax/structure.ts";

/** One language version as published. */
export interface PaperVersion {
  lang: Lang;
  /** The content file, as named in error messages. */
  file: string;
  abstract: string;
  structure: Structure;
  /** The article body as published: citations, corrections and notes resolved. */
  html: string;
  /** Headings as published (after corrections), for the table of contents. */
  headings: Heading[];
  /** Headings and paragraphs with their shared ids, text and source lines. */
  blocks: Block[];
}

export interface Paper {
  pair: LanguagePair;
  metadata: Metadata;
  inputs: PaperInputs;
  versions: Record<Lang, PaperVersion>;
  /** The complete references, in reference-list order (for the scholarly record). */
  references: CslItem[];
}
