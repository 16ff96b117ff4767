// Every script a built page runs, inline or loaded (with the modules those import), and its gzip size.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadPage } from "./site.ts";

/** Types that are data, not code (JSON-LD, import maps), and so not part of the script budget. */
const DATA_TYPES = /^application\/(ld\+)?json$|^importmap$/;

export interface PageScripts {
  sources: string[];
  /** The sum of each script compressed on its own. */
  gzipBytes: number;
}

function importsOf(code: string): string[] {
  return [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1] ?? "");
}

export function pageScripts(dist: string, base: string, relPath: string): PageScripts {
  const $ = loadPage(dist, relPath);
  const sources: string[] = [];
  const seen = new Set<string>();
  const load = (url: string) => {
    const file = path.join(dist, url.startsWith(base) ? url.slice(base.length) : url);
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${relPath}: script ${url} is not in the build`);
    const code = readFileSync(file, "utf8");
    sources.push(code);
    for (const spec of importsOf(code)) load(path.posix.join(path.posix.dirname(url), spec));
  };
  $("script").each((_, el) => {
    if (DATA_TYPES.test($(el).attr("type") ?? "")) return;
    const src = $(el).attr("src");
    if (src) load(src);
    else sources.push($(el).html() ?? "");
  });
  $("link[rel=modulepreload]").each((_, el) => load($(el).attr("href") ?? ""));
  // Each script compressed on its own, as each is sent (an inline one is part of the HTML, still counted alone).
  const gzipBytes = sources.reduce((sum, s) => sum + gzipSync(s, { level: 9 }).length, 0);
  return { sources, gzipBytes };
}
