// What every language page's data starts with: its language and pair, and what Base.astro puts in <head>.
import type { PageCard } from "../cards/page-cards.ts";
import type { LanguagePair } from "../i18n/language-pair.ts";
import type { Lang } from "../i18n/locales.ts";

export interface PageBase {
  lang: Lang;
  pair: LanguagePair;
  title: string;
  description: string;
  /** The page's route relative to the base ("zh/", "en/parallel/"). */
  path: string;
  card: PageCard;
}
