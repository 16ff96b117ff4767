// Route: the pre-rendered 1200×630 social card (PNG) of each page, written at build time.
import type { APIRoute, GetStaticPaths } from "astro";
import { pageCards, type PageCard } from "../../data/cards.ts";
import { cachedCard, rendererFingerprint } from "../../lib/card-cache.ts";
import { renderSocialCard, type SocialCard } from "../../lib/social-card.ts";
import { absoluteUrl } from "../../lib/urls.ts";

export const getStaticPaths = (async () =>
  (await pageCards()).map((card) => ({ params: { card: card.id }, props: { card } }))) satisfies GetStaticPaths;

let fingerprint: string | undefined;

export const GET: APIRoute<{ card: PageCard }> = async ({ props, site }) => {
  const { card } = props;
  // Shown on the card, so a screenshot of a preview still says where the paper lives.
  const url = site ? absoluteUrl(site, import.meta.env.BASE_URL, card.path).replace(/^https?:\/\//, "") : undefined;
  const social: SocialCard = {
    id: `og/${card.id}.png`,
    lang: card.lang,
    title: card.title,
    secondaryTitle: card.secondaryTitle,
    siteName: card.siteName,
    languageLabel: card.languageLabel,
    ...(url ? { url } : {}),
  };
  fingerprint ??= rendererFingerprint(process.cwd());
  const png = await cachedCard(process.cwd(), social, fingerprint, () => renderSocialCard(social));
  return new Response(Buffer.from(png), { headers: { "content-type": "image/png" } });
};
