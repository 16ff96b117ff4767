// Options for @astrojs/sitemap: every page with an alternate per language and the x-default, under any base path.
import type { SitemapItem, SitemapOptions } from "@astrojs/sitemap";
import { LANGS } from "../i18n/ui.ts";
import { DEFAULT_ORIGINAL, LOCALES } from "../i18n/locales.ts";
import { absoluteUrl } from "./urls.ts";

export const SITEMAP_INDEX = "sitemap-index.xml";

/**
 * The integration's i18n option groups the language versions (/zh/, /en/) by their path after the locale; it also counts
 * the root as the default locale's page. The bilingual root is the x-default, so it is named so here.
 */
export function fixAlternates(item: SitemapItem, rootUrl: string): SitemapItem {
  // Only the papers' group holds the root; other groups (the side-by-side view) have no x-default.
  if (!item.links?.some((l) => l.url === rootUrl)) return item;
  const links = item.links.filter((l) => l.url !== rootUrl);
  return { ...item, links: [...links, { url: rootUrl, lang: "x-default" }] };
}

export function sitemapOptions(site: string, base: string): NonNullable<SitemapOptions> {
  const rootUrl = absoluteUrl(site, base, "");
  return {
    i18n: {
      // As astro.config.mjs's i18n: a locale the integration needs, which only decides whose the root is; fixAlternates undoes that.
      defaultLocale: DEFAULT_ORIGINAL,
      locales: Object.fromEntries(LANGS.map((lang) => [lang, LOCALES[lang].tag])),
    },
    // Pages only (their URLs end in "/"); the social-card images and downloads are not pages.
    filter: (url) => url.endsWith("/"),
    serialize: (item) => fixAlternates(item, rootUrl),
  };
}

/** robots.txt naming the sitemap by its absolute URL, as the Sitemaps protocol asks. */
export function robotsTxt(sitemapUrl: string): string {
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${sitemapUrl}`, ""].join("\n");
}
