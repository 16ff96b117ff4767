// The social card of every page, from the paper's metadata (see src/lib/cards/page-cards.ts).
import { loadMetadata } from "./paper.ts";
import { pageCardsFor, type PageCard } from "../lib/cards/page-cards.ts";
import { keptTerms } from "./kept-terms.ts";
import { languagePair } from "../lib/i18n/language-pair.ts";

export type { PageCard } from "../lib/cards/page-cards.ts";

export async function pageCards(): Promise<PageCard[]> {
  const metadata = await loadMetadata();
  return pageCardsFor(metadata.title, languagePair(metadata.original), keptTerms());
}

export async function pageCard(id: string): Promise<PageCard> {
  const card = (await pageCards()).find((c) => c.id === id);
  if (!card) throw new Error(`No social card "${id}": add it to src/lib/cards/page-cards.ts.`);
  return card;
}
