// Built-site checks under a non-root base: pages, languages, alternates, canonical URLs and links.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { resolveFile } from "./support/server.ts";
import { htmlFiles, loadPage } from "./support/site.ts";

const dist = inject("distDir");
const site = inject("site");
const base = inject("base");
const abs = (p: string) => new URL(`${base}${p}`, site).href;

const PAGES = { root: "index.html", zh: "zh/index.html", en: "en/index.html", notFound: "404.html" };

describe("the built site", () => {
  it("has the root, both language versions and the 404 page", () => {
    for (const page of Object.values(PAGES)) expect(existsSync(path.join(dist, page)), page).toBe(true);
  });

  it("marks each page's language and every run of the other language", () => {
    const zh = loadPage(dist, PAGES.zh);
    const en = loadPage(dist, PAGES.en);
    expect(zh("html").attr("lang")).toBe("zh-Hans");
    expect(en("html").attr("lang")).toBe("en");
    expect(zh(".title-other").attr("lang")).toBe("en");
    expect(zh(".abstract-other").attr("lang")).toBe("en");
    expect(en(".title-other").attr("lang")).toBe("zh-Hans");
    const root = loadPage(dist, PAGES.root);
    expect(root("section[lang='zh-Hans'] h1").text()).toMatch(/互联网金融/);
    expect(root("section[lang='en'] h2.title").text()).toMatch(/Internet Finance/);
  });

  it("the landing page links both PDFs, each in its language's section, as the paper pages do (this build prints them)", () => {
    const root = loadPage(dist, PAGES.root);
    for (const lang of ["zh", "en"]) {
      const paperPdf = loadPage(dist, `${lang}/index.html`)(".pdf-download a").attr("href");
      const link = root(`section.landing-version[lang^='${lang}'] a.landing-pdf`);
      expect(link.attr("href"), lang).toBe(paperPdf);
      expect(link.attr("type")).toBe("application/pdf");
      expect(resolveFile(dist, base, link.attr("href") ?? ""), lang).toBeDefined();
    }
    expect(root("a.landing-pdf").map((_, a) => root(a).text()).get()).toEqual(["下载 PDF", "Download PDF"]);
  });

  it("every page names its SVG icon under the base, and /favicon.ico is a real icon", () => {
    for (const page of Object.values(PAGES)) {
      const href = loadPage(dist, page)("link[rel=icon]").attr("href") ?? "";
      expect(href, page).toBe(`${base}favicon.svg`);
      expect(resolveFile(dist, base, href), page).toBeDefined();
    }
    const ico = readFileSync(path.join(dist, "favicon.ico"));
    // An ICO header (reserved 0, type 1) with three images, the first a PNG.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    expect(ico.subarray(ico.readUInt32LE(18), ico.readUInt32LE(18) + 4).toString("latin1")).toBe("\x89PNG");
  });

  it("lists every version as an hreflang alternate, pointing both ways, plus x-default", () => {
    const expected = { "zh-Hans": abs("zh/"), en: abs("en/"), "x-default": abs("") };
    for (const page of [PAGES.root, PAGES.zh, PAGES.en]) {
      const $ = loadPage(dist, page);
      const alternates = Object.fromEntries($("link[rel=alternate][hreflang]").map((_, el) => [[$(el).attr("hreflang"), $(el).attr("href")]]).get());
      expect(alternates, page).toEqual(expected);
    }
  });

  it("gives each page an absolute canonical URL under the base", () => {
    expect(loadPage(dist, PAGES.zh)("link[rel=canonical]").attr("href")).toBe(abs("zh/"));
    expect(loadPage(dist, PAGES.en)("link[rel=canonical]").attr("href")).toBe(abs("en/"));
    expect(loadPage(dist, PAGES.root)("link[rel=canonical]").attr("href")).toBe(abs(""));
  });

  it("resolves every internal link and asset to a file under the base, and every #fragment to an id", () => {
    const broken: string[] = [];
    for (const file of htmlFiles(dist)) {
      const page = path.relative(dist, file);
      const $ = loadPage(dist, page);
      const pageUrl = new URL(`${base}${page.replace(/index\.html$/, "")}`, site);
      $("[href], [src]").each((_, el) => {
        const raw = $(el).attr("href") ?? $(el).attr("src") ?? "";
        const url = new URL(raw, pageUrl);
        if (url.origin !== new URL(site).origin) return;
        if (!url.pathname.startsWith(base)) return void broken.push(`${page}: ${raw} is outside the base ${base}`);
        const target = resolveFile(dist, base, url.pathname);
        if (!target) return void broken.push(`${page}: ${raw} does not resolve to a file`);
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith(".html")) {
          const $t = loadPage(dist, path.relative(dist, target));
          if ($t(`[id="${fragment}"]`).length === 0) broken.push(`${page}: ${raw} points at a missing id`);
        }
      });
    }
    expect(broken).toEqual([]);
  });

  it("gives the two languages the same section ids in the same order", () => {
    const ids = (page: string) => {
      const $ = loadPage(dist, page);
      return $(".body [id^='sec-']").map((_, el) => $(el).attr("id")).get();
    };
    const zh = ids(PAGES.zh);
    expect(zh).toContain("sec-1-1");
    expect(zh).toContain("sec-6-2-p5");
    expect(ids(PAGES.en)).toEqual(zh);
  });

  it("renders the paper through the unified pipeline (not Sätteri)", () => {
    const $ = loadPage(dist, PAGES.zh);
    expect($("h3#sec-2-4").length).toBe(1);
    expect($("ins.correction").length).toBeGreaterThan(0);
  });
});
