// Route: the pre-rendered 1200×630 social card (PNG) of each page, written at build time.
import type { APIRoute, GetStaticPaths } from "astro";
import { pageCards, type PageCard } from "../../data/cards.ts";
import { renderSocialCard } from "../../lib/social-card.ts";

export const getStaticPaths = (async () =>
  (await pageCards()).map((card) => ({ params: { card: card.id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PageCard }> = async ({ props }) => {
  const { card } = props;
  const png = await renderSocialCard({
    id: `og/${card.id}.png`,
    lang: card.lang,
    title: card.title,
    secondaryTitle: card.secondaryTitle,
    siteName: card.siteName,
    languageLabel: card.languageLabel,
  });
  return new Response(png, { headers: { "content-type": "image/png" } });
};
