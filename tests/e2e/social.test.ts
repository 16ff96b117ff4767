// Every page has complete, absolute Open Graph/Twitter meta, and its og:image is a real 1200×630 PNG.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { resolveFile } from "./support/server.ts";
import { htmlFiles, loadPage } from "./support/site.ts";

const dist = inject("distDir");
const site = inject("site");
const base = inject("base");

const REQUIRED_OG = ["og:title", "og:description", "og:image", "og:image:width", "og:image:height", "og:image:type", "og:image:alt", "og:locale", "og:locale:alternate", "og:type", "og:url"];

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("social cards and meta", () => {
  const pages = htmlFiles(dist).map((f) => path.relative(dist, f));

  it.each(pages)("%s has the full Open Graph and Twitter set, absolute under the base", (page) => {
    const $ = loadPage(dist, page);
    const og = (key: string) => $(`meta[property="${key}"]`).attr("content");
    for (const key of REQUIRED_OG) expect(og(key), `${page} ${key}`).toBeTruthy();
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
    expect(og("og:type")).toBe("article");
    expect(og("og:image:width")).toBe("1200");
    expect(og("og:image:height")).toBe("630");
    expect(og("og:image:type")).toBe("image/png");
    for (const url of [og("og:image"), og("og:url")]) expect(url).toMatch(new RegExp(`^${site}${base}`));
    const locales = [og("og:locale"), ...$('meta[property="og:locale:alternate"]').map((_, el) => $(el).attr("content")).get()];
    expect(locales.sort()).toEqual(["en_US", "zh_CN"]);
  });

  it.each(pages)("%s: og:image is a 1200×630 PNG in the build", (page) => {
    const image = new URL(loadPage(dist, page)('meta[property="og:image"]').attr("content") ?? "");
    const file = resolveFile(dist, base, image.pathname);
    expect(file, image.href).toBeTruthy();
    expect(pngSize(file ?? "")).toEqual({ width: 1200, height: 630 });
  });

  it("gives each language version its own card, in its language", () => {
    const image = (page: string) => loadPage(dist, page)('meta[property="og:image"]').attr("content");
    expect(new Set([image("zh/index.html"), image("en/index.html"), image("index.html")]).size).toBe(3);
    expect(loadPage(dist, "zh/index.html")('meta[property="og:locale"]').attr("content")).toBe("zh_CN");
    expect(loadPage(dist, "en/index.html")('meta[property="og:locale"]').attr("content")).toBe("en_US");
    expect(loadPage(dist, "en/index.html")('meta[property="og:title"]').attr("content")).toMatch(/Internet Finance/);
  });
});
