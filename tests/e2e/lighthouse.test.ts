// Lighthouse (mobile preset) in Debian's Chromium: 100 in all four categories on the landing page, /zh/
// and /en/ of the built site; and a deliberately poor page scores below 100 in each, so the gate can fail.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { audit, CATEGORIES, REPORT_DIR, type Audit } from "./support/lighthouse.ts";
import { startServer, type StaticServer } from "./support/server.ts";

const base = inject("base");
const PAGES = { root: "", zh: "zh/", en: "en/" };
let site: StaticServer;
let fixtures: StaticServer;
let results: Map<string, Audit>;

beforeAll(async () => {
  site = await startServer(inject("distDir"), base);
  fixtures = await startServer(path.resolve("tests/fixtures/html"), "/");
  results = await audit([
    ...Object.entries(PAGES).map(([name, p]) => ({ name, url: `${site.origin}${base}${p}` })),
    { name: "fixture-failing", url: `${fixtures.origin}/lighthouse-failing.html`, once: true },
  ]);
});
afterAll(async () => {
  await site?.close();
  await fixtures?.close();
});

describe(`Lighthouse (reports in ${path.relative(process.cwd(), REPORT_DIR)}/)`, () => {
  for (const name of Object.keys(PAGES)) {
    it(`${name}: performance, accessibility, best practices and SEO are all 100`, () => {
      const result = results.get(name);
      // A category rounds to 100 with an audit at 0.99 (say, first paint); the list says what lost points.
      const why = `median of ${result?.runs} run(s):\n${result?.failing.join("\n")}`;
      expect(result?.scores, why).toEqual(Object.fromEntries(CATEGORIES.map((c) => [c, 100])));
    });
  }

  it("a deliberately poor page loses points in every category, for the reasons planted in it", () => {
    const result = results.get("fixture-failing");
    for (const category of CATEGORIES) expect(result?.scores[category], category).toBeLessThan(100);
    const ids = (result?.failing ?? []).join("\n");
    for (const id of ["errors-in-console", "document-title", "html-has-lang", "image-alt", "meta-description", "viewport", "first-contentful-paint"]) {
      expect(ids).toContain(`${id} (`);
    }
  });
});
