// Route: the pre-rendered 1200×630 social card (PNG) of each page, written at build time.
import type { APIRoute, GetStaticPaths } from "astro";
import type { PageCard } from "../../lib/cards/page-cards.ts";
import { paperCards } from "../../lib/page-data/cards.ts";
import { loadPaper } from "../../load/paper.ts";
import { cachedCard, rendererFingerprint } from "../../lib/cards/cache.ts";
import { socialCardFor } from "../../lib/cards/page-cards.ts";

export const getStaticPaths = (async () =>
  paperCards(await loadPaper()).map((card) => ({ params: { card: card.id }, props: { card } }))) satisfies GetStaticPaths;

let fingerprint: string | undefined;

export const GET: APIRoute<{ card: PageCard }> = async ({ props, site }) => {
  const social = socialCardFor(props.card, site, import.meta.env.BASE_URL);
  fingerprint ??= rendererFingerprint(process.cwd());
  // Loaded only on a cache miss: importing satori starts its WebAssembly layout engine, about 0.1 s.
  const render = async () => (await import("../../lib/cards/social-card.ts")).renderSocialCard(social);
  const png = await cachedCard(process.cwd(), social, fingerprint, render);
  return new Response(Buffer.from(png), { headers: { "content-type": "image/png" } });
};
