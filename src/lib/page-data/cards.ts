// The social card of a page, from the paper object (see src/lib/cards/page-cards.ts).
import { pageCardsFor, type PageCard } from "../cards/page-cards.ts";
import type { Paper } from "../paper/paper.ts";

export function paperCards(paper: Paper): PageCard[] {
  return pageCardsFor(paper.metadata.title, paper.pair, paper.inputs.keptTerms, paper.metadata.siteName);
}

export function paperCard(paper: Paper, id: string): PageCard {
  const card = paperCards(paper).find((c) => c.id === id);
  if (!card) throw new Error(`No social card "${id}": add it to src/lib/cards/page-cards.ts.`);
  return card;
}
