// Open Graph and Twitter meta for a page, all URLs absolute under the site's base.
import { absoluteUrl } from "../site/urls.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface SocialMetaInput {
  site: string | URL;
  base: string;
  /** The page's route relative to the base ("zh/", "" for the root). */
  path: string;
  /** The card's route relative to the base ("og/zh.png"). */
  imagePath: string;
  title: string;
  description: string;
  imageAlt: string;
  /** og:locale of the page, e.g. zh_CN; the others become og:locale:alternate. */
  locale: string;
  alternateLocales: readonly string[];
  siteName: string;
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for Twitter. */
  attr: "property" | "name";
  key: string;
  content: string;
}

/** Descriptions are cut at a sentence or word boundary near 200 characters, as previews show no more. */
export function summarize(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const stop = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf(". "));
  if (stop > max * 0.5) return cut.slice(0, stop + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function socialMeta(input: SocialMetaInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attr: "property", key: `og:${key}`, content });
  const tw = (key: string, content: string): MetaTag => ({ attr: "name", key: `twitter:${key}`, content });
  const image = absoluteUrl(input.site, input.base, input.imagePath);
  const description = summarize(input.description);
  return [
    og("type", "article"),
    og("site_name", input.siteName),
    og("title", input.title),
    og("description", description),
    og("url", absoluteUrl(input.site, input.base, input.path)),
    og("locale", input.locale),
    ...input.alternateLocales.map((l) => og("locale:alternate", l)),
    og("image", image),
    og("image:type", "image/png"),
    og("image:width", String(CARD_WIDTH)),
    og("image:height", String(CARD_HEIGHT)),
    og("image:alt", input.imageAlt),
    tw("card", "summary_large_image"),
    tw("title", input.title),
    tw("description", description),
    tw("image", image),
    tw("image:alt", input.imageAlt),
  ];
}
