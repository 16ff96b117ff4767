// The social card of every page: which text it shows, in which language, and where it is written.
import { loadMetadata } from "./paper.ts";
import { LANGS, otherLang, ui, type Lang } from "../lib/i18n/ui.ts";
import { paperPath } from "../lib/urls.ts";

export interface PageCard {
  /** File name under og/, without .png; also the page it belongs to. */
  id: string;
  lang: Lang | "mul";
  /** The page's route relative to the base. */
  path: string;
  title: string;
  secondaryTitle: string;
  languageLabel: string;
  siteName: string;
  alt: string;
}

export async function pageCards(): Promise<PageCard[]> {
  const { title } = await loadMetadata();
  const versions = LANGS.map(
    (lang): PageCard => ({
      id: lang,
      lang,
      path: paperPath(lang),
      title: title[lang],
      secondaryTitle: title[otherLang(lang)],
      languageLabel: ui[lang].languageName,
      siteName: ui[lang].siteName,
      alt: ui[lang].cardAlt(title[lang]),
    }),
  );
  const root: PageCard = {
    id: "root",
    lang: "mul",
    path: "",
    title: title.zh,
    secondaryTitle: title.en,
    languageLabel: `${ui.zh.languageName} · ${ui.en.languageName}`,
    siteName: `${ui.zh.siteName} · ${ui.en.siteName}`,
    alt: `${ui.zh.cardAlt(title.zh)} / ${ui.en.cardAlt(title.en)}`,
  };
  return [root, ...versions];
}

export async function pageCard(id: string): Promise<PageCard> {
  const card = (await pageCards()).find((c) => c.id === id);
  if (!card) throw new Error(`No social card "${id}": add it to src/data/cards.ts.`);
  return card;
}
