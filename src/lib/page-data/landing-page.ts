// The page data of the bilingual landing page and of the bilingual "page not found" page.
import type { PageCard } from "../cards/page-cards.ts";
import type { LanguagePair } from "../i18n/language-pair.ts";
import { perLang, type Lang } from "../i18n/locales.ts";
import type { Metadata } from "../inputs/metadata.ts";
import type { Paper } from "../paper/paper.ts";
import { paperCard } from "./cards.ts";
import type { SiteInfo } from "./site-info.ts";
import { printedPdfPath } from "../pdf/switch.ts";

export interface LandingPageData {
  pair: LanguagePair;
  metadata: Metadata;
  abstracts: Record<Lang, string>;
  keep: readonly string[];
  /** Why the title is the editors', in each language; only when it is. */
  editorialNote: Record<Lang, string> | undefined;
  card: PageCard;
  /** Each language's PDF, relative to the base, when the build printed them (as the paper pages link them). */
  pdfPaths: Record<Lang, string | undefined>;
}

export function landingPageData(paper: Paper, info: SiteInfo): LandingPageData {
  const { pair, metadata, inputs, versions } = paper;
  return {
    pair,
    metadata,
    abstracts: perLang((l) => versions[l].abstract),
    keep: inputs.keptTerms,
    editorialNote: metadata.titleSource === "editorial" ? inputs.edition.editorial : undefined,
    card: paperCard(paper, "root"),
    pdfPaths: perLang((l) => printedPdfPath(info.pdf, l)),
  };
}

export interface NotFoundPageData {
  pair: LanguagePair;
  card: PageCard;
}

export function notFoundPageData(paper: Paper): NotFoundPageData {
  return { pair: paper.pair, card: paperCard(paper, "root") };
}
