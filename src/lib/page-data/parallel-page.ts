// The page data of the side-by-side view in one interface language (/zh/parallel/, /en/parallel/).
import { otherLang, perLang, type Lang } from "../i18n/locales.ts";
import { ui } from "../i18n/ui.ts";
import type { Correction, TranslatorNote } from "../inputs/annotations.ts";
import type { Edition } from "../inputs/edition.ts";
import type { GlossaryEntry } from "../inputs/glossary.ts";
import type { Metadata } from "../inputs/metadata.ts";
import type { Paper } from "../paper/paper.ts";
import { blockCount } from "../parallel/pair-blocks.ts";
import type { Heading } from "../pipeline/page-time/resolve.ts";
import type { ScholarlyRecord } from "../scholarly/record.ts";
import { parallelPath } from "../site/urls.ts";
import { parallelBackMatterLinks, type ContentsLink } from "./back-matter.ts";
import { paperCard } from "./cards.ts";
import type { PageBase } from "./page-base.ts";
import { paperRecords } from "./records.ts";
import type { SiteInfo } from "./site-info.ts";
import { printedPdfPath } from "../pdf/switch.ts";
import { paperCitation } from "./paper-citation.ts";

export interface ParallelPageData extends PageBase {
  metadata: Metadata;
  edition: Edition;
  keep: readonly string[];
  abstracts: Record<Lang, string>;
  bodies: Record<Lang, string>;
  /** Each column's notes: the corrections beside the original, the translator's notes beside the translation. */
  notes: Record<Lang, { corrections: Correction[]; translatorNotes: TranslatorNote[] }>;
  /**
   * The scholarly record of the interface language's paper page: the view carries its tags, so that
   * Zotero saves the article from it rather than a bare webpage.
   */
  record: ScholarlyRecord;
  counterpart: { lang: Lang; url: string };
  /** The contents: the interface language's sections, then the sections after the body, by their ids on this page. */
  headings: Heading[];
  backMatter: ContentsLink[];
  glossary: GlossaryEntry[];
  /** The paper's own citation in the interface language's style, as its paper page gives it. */
  citation: string;
  /** The interface language's PDF, relative to the base, when it is built. */
  pdfPath: string | undefined;
  /** How many cells each text has in the view: its front, its abstract, each heading and paragraph, its notes. */
  cells: number;
}

export function parallelPageData(paper: Paper, lang: Lang, info: SiteInfo): ParallelPageData {
  const { pair, metadata, inputs, versions } = paper;
  const t = ui[lang];
  const records = paperRecords(paper, info);
  const other = otherLang(lang);
  return {
    lang,
    pair,
    title: t.parallelTitle(metadata.title[lang]),
    description: t.parallelIntro(pair),
    path: parallelPath(lang),
    // The side-by-side view shares its language's card.
    card: paperCard(paper, lang),
    metadata,
    edition: inputs.edition,
    keep: inputs.keptTerms,
    abstracts: perLang((l) => versions[l].abstract),
    bodies: perLang((l) => versions[l].html),
    notes: perLang((l) => ({
      corrections: l === pair.original ? inputs.corrections : [],
      translatorNotes: l === pair.translation ? inputs.translatorNotes : [],
    })),
    record: records[lang],
    counterpart: { lang: other, url: records[other].url },
    headings: versions[lang].headings.filter((h) => h.slug.startsWith("sec-")),
    backMatter: parallelBackMatterLinks(inputs, t, pair, lang),
    glossary: inputs.glossary,
    citation: paperCitation(records[lang], inputs.styleFiles),
    pdfPath: printedPdfPath(info.pdf, lang),
    cells: 2 + blockCount(versions[lang].html, lang) + (inputs.corrections.length + inputs.translatorNotes.length > 0 ? 1 : 0),
  };
}
