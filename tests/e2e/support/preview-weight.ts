// Measures what citation previews add to a built page, in gzip bytes, against the page's own gzip weight.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { load } from "cheerio";

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** A CSS rule (flat, outside any at-rule block) that exists only for previews. */
const PREVIEW_SELECTOR = /citation-preview|\[data-(open|above|dismissed)\]/;

export interface PreviewWeight {
  /** gzip bytes of the HTML plus its stylesheets and external scripts. */
  page: number;
  /** gzip bytes the previews add: markup, attributes and script in the HTML, plus their CSS rules. */
  previews: number;
  /** The HTML alone, gzip bytes. */
  html: number;
}

/**
 * Strips from the page everything that serves only the previews (preview elements, the links'
 * descriptions and tooltips, the ids they point at, the preview script), and compares gzip sizes.
 */
export function previewWeight(dist: string, base: string, rel: string): PreviewWeight {
  const file = (href: string) => path.join(dist, href.slice(base.length));
  const $ = load(readFileSync(path.join(dist, rel), "utf8"));
  const html = gzip($.html());
  const css = $("link[rel=stylesheet]").map((_, l) => readFileSync(file($(l).attr("href") ?? ""), "utf8")).get().join("\n");
  const scripts = $("script[src]").map((_, s) => readFileSync(file($(s).attr("src") ?? ""), "utf8")).get();
  const previewScripts = scripts.filter((s) => s.includes("citation-preview"));
  const previewCss = (css.match(/[^{}]+\{[^{}]*\}/g) ?? []).filter((rule) => PREVIEW_SELECTOR.test(rule.split("{")[0] ?? "")).join("");

  $(".citation-preview").remove();
  $("script:not([src])").filter((_, s) => $(s).text().includes("citation-preview")).remove();
  $(".citation a").removeAttr("aria-describedby").removeAttr("title");
  $(".reference-number, .reference-text").removeAttr("id");
  $(".reference-list").removeAttr("data-label");
  const stripped = gzip($.html());

  return {
    page: html + gzip(css) + scripts.reduce((n, s) => n + gzip(s), 0),
    previews: html - stripped + (previewCss ? gzip(previewCss) : 0) + previewScripts.reduce((n, s) => n + gzip(s), 0),
    html,
  };
}
