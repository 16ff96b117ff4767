// The sitemap and robots.txt, under the tests' nested base and, in a second build, under "/"; that
// second build is also the author's plain build (no BUILD_PDF), whose pages must not mention a PDF.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readSitemap } from "../support/sitemap.ts";
import { htmlFiles, loadPage } from "./support/site.ts";
import { fixtureProject } from "./support/fixture-project.ts";

function expectSitemap(dist: string, site: string, base: string) {
  const abs = (p: string) => new URL(`${base}${p}`, site).href;
  const alternates = { "zh-Hans": abs("zh/"), en: abs("en/"), "x-default": abs("") };
  const urls = readSitemap(dist, site, base);
  expect(urls.map((u) => u.loc).sort()).toEqual([abs(""), abs("en/"), abs("en/parallel/"), abs("zh/"), abs("zh/parallel/")]);
  // The side-by-side view in its two interface languages points at itself, without the root as x-default.
  const parallel = { "zh-Hans": abs("zh/parallel/"), en: abs("en/parallel/") };
  for (const u of urls) expect(u.alternates, u.loc).toEqual(u.loc.endsWith("/parallel/") ? parallel : alternates);
  const robots = readFileSync(path.join(dist, "robots.txt"), "utf8");
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots.match(/^Sitemap: (.+)$/m)?.[1]).toBe(abs("sitemap-index.xml"));
}

describe("sitemap and robots.txt", () => {
  it("list every page with its zh, en and x-default alternates under the nested base", () => {
    expectSitemap(inject("distDir"), inject("site"), inject("base"));
  });

  const project = fixtureProject();
  afterAll(() => project.dispose());

  it('do the same under the base "/"', () => {
    const run = project.build();
    expect(run.status, run.output).toBe(0);
    expectSitemap(path.join(project.dir, "dist"), "http://localhost:4321", "/");
  });

  it("without BUILD_PDF, no page links or names a PDF of the paper", () => {
    const dist = path.join(project.dir, "dist");
    for (const file of htmlFiles(dist)) {
      const $ = loadPage(dist, path.relative(dist, file));
      expect($("a[href$='.pdf'], a[type='application/pdf'], meta[name='citation_pdf_url']"), file).toHaveLength(0);
      expect($("script[type='application/ld+json']").text(), file).not.toMatch(/application\/pdf|\.pdf/);
    }
  });
});
