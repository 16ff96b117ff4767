// Reads pages of the built site for assertions: file paths, parsed HTML, and every page's route.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { load, type CheerioAPI } from "cheerio";

export function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => path.join(root, f))
    .sort();
}

export function loadPage(root: string, relPath: string): CheerioAPI {
  return load(readFileSync(path.join(root, relPath), "utf8"));
}
