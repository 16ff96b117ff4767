// Route: robots.txt, generated so that its Sitemap line is the absolute URL under the configured base.
import type { APIRoute } from "astro";
import { robotsTxt, SITEMAP_INDEX } from "../lib/site/sitemap.ts";
import { absoluteUrl } from "../lib/site/urls.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site ?? "http://localhost:4321", import.meta.env.BASE_URL, SITEMAP_INDEX)), {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
