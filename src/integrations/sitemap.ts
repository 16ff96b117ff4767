// Astro integration: @astrojs/sitemap with every page's language alternates (options in src/lib/site/sitemap.ts).
import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { sitemapOptions } from "../lib/site/sitemap.ts";

export function paperSitemap(site: string, base: string): AstroIntegration {
  return sitemap(sitemapOptions(site, base));
}
