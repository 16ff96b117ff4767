// The page data of one language version of the paper (/zh/, /en/): everything its layout and components show.
import { otherLang, perLang, type Lang } from "../i18n/locales.ts";
import { ui } from "../i18n/ui.ts";
import type { Correction, TranslatorNote } from "../inputs/annotations.ts";
import type { Edition } from "../inputs/edition.ts";
import type { GlossaryEntry } from "../inputs/glossary.ts";
import type { Metadata } from "../inputs/metadata.ts";
import type { Paper, PaperVersion } from "../paper/paper.ts";
import type { ScholarlyRecord } from "../scholarly/record.ts";
import { paperPath } from "../site/urls.ts";
import { backMatterLinks, type ContentsLink } from "./back-matter.ts";
import { paperCard } from "./cards.ts";
import type { PageBase } from "./page-base.ts";
import { paperRecords } from "./records.ts";
import type { SiteInfo } from "./site-info.ts";
import { printedPdfPath } from "../pdf/switch.ts";
import { paperCitation } from "./paper-citation.ts";

export interface Counterpart {
  lang: Lang;
  url: string;
}

export interface PaperPageData extends PageBase {
  record: ScholarlyRecord;
  counterpart: Counterpart;
  metadata: Metadata;
  abstracts: Record<Lang, string>;
  edition: Edition;
  /** Terms no title or heading line breaks inside. */
  keep: readonly string[];
  version: PaperVersion;
  backMatter: ContentsLink[];
  /** The notes this page lists: corrections on both pages, translator's notes on the translation's. */
  corrections: Correction[];
  translatorNotes: TranslatorNote[];
  glossary: GlossaryEntry[];
  /** The paper's own citation in the page's style. */
  citation: string;
  /** The PDF of this language, relative to the base, when it is built. */
  pdfPath: string | undefined;
}

export function paperPageData(paper: Paper, lang: Lang, info: SiteInfo): PaperPageData {
  const { pair, metadata, inputs, versions } = paper;
  const records = paperRecords(paper, info);
  const other = otherLang(lang);
  const shown = {
    corrections: inputs.corrections,
    translatorNotes: lang === pair.translation ? inputs.translatorNotes : [],
    glossary: inputs.glossary,
  };
  return {
    lang,
    pair,
    title: metadata.title[lang],
    description: versions[lang].abstract,
    path: paperPath(lang),
    card: paperCard(paper, lang),
    record: records[lang],
    counterpart: { lang: other, url: records[other].url },
    metadata,
    abstracts: perLang((l) => versions[l].abstract),
    edition: inputs.edition,
    keep: inputs.keptTerms,
    version: versions[lang],
    backMatter: backMatterLinks(shown, ui[lang], pair),
    ...shown,
    citation: paperCitation(records[lang], inputs.styleFiles),
    pdfPath: printedPdfPath(info.pdf, lang),
  };
}
