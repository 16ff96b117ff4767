// Reads a built sitemap (index and its parts) with a validating XML parser, as {url, alternates} records.
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import sax from "sax";

export interface SitemapUrl {
  loc: string;
  alternates: Record<string, string>;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["url", "sitemap", "xhtml:link"].includes(name) });

function parseXml(file: string): Record<string, unknown> {
  const text = readFileSync(file, "utf8");
  // sax in strict mode throws on anything that is not well-formed XML.
  try {
    sax.parser(true, { xmlns: true }).write(text).close();
  } catch (error) {
    throw new Error(`${file} is not well-formed XML: ${String(error)}`);
  }
  return parser.parse(text) as Record<string, unknown>;
}

/** The sitemap index at `indexUrl`, resolved to files in `dist` under `base`; every URL of every part. */
export function readSitemap(dist: string, site: string, base: string, indexFile = "sitemap-index.xml"): SitemapUrl[] {
  const index = parseXml(path.join(dist, indexFile))["sitemapindex"] as { sitemap: { loc: string }[] };
  const prefix = new URL(base, site).href;
  return index.sitemap.flatMap((s) => {
    if (!s.loc.startsWith(prefix)) throw new Error(`sitemap part ${s.loc} is not under ${prefix}`);
    const part = parseXml(path.join(dist, s.loc.slice(prefix.length)))["urlset"] as { url: { loc: string; "xhtml:link"?: { "@hreflang": string; "@href": string; "@rel": string }[] }[] };
    return part.url.map((u) => ({
      loc: u.loc,
      alternates: Object.fromEntries((u["xhtml:link"] ?? []).map((l) => [l["@hreflang"], l["@href"]])),
    }));
  });
}
