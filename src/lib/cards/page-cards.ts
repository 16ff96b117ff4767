// The social card of every page: which text it shows, in which language, and the card the renderer draws.
import { LANGS, otherLang, ui, type Lang } from "../i18n/ui.ts";
import { MULTILINGUAL } from "../i18n/locales.ts";
import type { LanguagePair } from "../i18n/language-pair.ts";
import type { SocialCard } from "./social-card.ts";
import { absoluteUrl, paperPath } from "../site/urls.ts";

export interface PageCard {
  /** File name under og/, without .png; also the page it belongs to. */
  id: string;
  lang: Lang | typeof MULTILINGUAL;
  /** The page's route relative to the base. */
  path: string;
  title: string;
  secondaryTitle: string;
  languageLabel: string;
  siteName: string;
  alt: string;
  /** The kept terms (src/lib/inputs/glossary.ts, keptTogether) that its titles use. */
  keepTogether: string[];
}

/**
 * The bilingual root's card first (the original's title first), then one per language version.
 * `keep`: terms no title line breaks inside.
 */
export function pageCardsFor(title: Readonly<Record<Lang, string>>, pair: LanguagePair, keep: readonly string[] = [], names: Partial<Record<Lang, string | undefined>> = {}): PageCard[] {
  // The metadata's siteName, where the author gives one (content/metadata.yaml).
  const siteName = (lang: Lang) => names[lang] ?? ui[lang].siteName;
  // Only the terms the titles use, so that a glossary edit elsewhere leaves the cards' cache keys alone.
  const keepTogether = keep.filter((term) => LANGS.some((lang) => title[lang].includes(term)));
  const [first, second] = pair.langs;
  const versions = LANGS.map(
    (lang): PageCard => ({
      id: lang,
      lang,
      path: paperPath(lang),
      title: title[lang],
      secondaryTitle: title[otherLang(lang)],
      languageLabel: ui[lang].languageName,
      siteName: siteName(lang),
      alt: ui[lang].cardAlt(title[lang]),
      keepTogether,
    }),
  );
  const root: PageCard = {
    id: "root",
    lang: MULTILINGUAL,
    path: "",
    title: title[first],
    secondaryTitle: title[second],
    languageLabel: `${ui[first].languageName} · ${ui[second].languageName}`,
    siteName: `${siteName(first)} · ${siteName(second)}`,
    alt: `${ui[first].cardAlt(title[first])} / ${ui[second].cardAlt(title[second])}`,
    keepTogether,
  };
  return [root, ...versions];
}

/**
 * What the renderer draws for a page's card. The site's address is shown on the card, so that a screenshot
 * of a preview still says where the paper lives.
 */
export function socialCardFor(card: PageCard, site: string | URL | undefined, base: string): SocialCard {
  const url = site ? absoluteUrl(site, base, card.path).replace(/^https?:\/\//, "") : undefined;
  return {
    id: `og/${card.id}.png`,
    lang: card.lang,
    title: card.title,
    secondaryTitle: card.secondaryTitle,
    siteName: card.siteName,
    languageLabel: card.languageLabel,
    ...(url ? { url } : {}),
    ...(card.keepTogether.length > 0 ? { keepTogether: card.keepTogether } : {}),
  };
}
