// With 500 cited works, each formatted reference is in the page once and the previews stay under 5% of its gzip weight.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { load } from "cheerio";
import { launchBrowser } from "./support/browser.ts";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";
import { manyReferences } from "./support/many-references.ts";
import { previewWeight } from "./support/preview-weight.ts";
import { startServer } from "./support/server.ts";

const COUNT = 500;
let project: FixtureProject;
let dist: string;

beforeAll(() => {
  project = fixtureProject();
  // The 19 works of the paper, complete, plus 481 generated ones cited in new paragraphs at the end.
  const many = manyReferences(COUNT - 19);
  project.write("bibliography/references.bib", `${readFileSync("tests/fixtures/bib/complete.bib", "utf8")}\n\n${many.bib}\n`);
  for (const lang of ["zh", "en"] as const) project.edit(`content/paper/${lang}.md`, (t) => `${t.trimEnd()}\n\n${many.paragraphs[lang]}\n`);
  const { status, output } = project.build();
  expect(status, output).toBe(0);
  dist = path.join(project.dir, "dist");
});
afterAll(() => project?.dispose());

describe(`citation previews with ${COUNT} cited works`, () => {
  for (const lang of ["zh", "en"]) {
    it(`${lang}: each formatted reference is in the page once, in the reference list`, () => {
      const $ = load(readFileSync(path.join(dist, lang, "index.html"), "utf8"));
      const texts = $("li.reference .reference-text").map((_, el) => $(el).text()).get();
      expect(texts).toHaveLength(COUNT);
      const body = $("body").text();
      const repeated = texts.filter((t) => body.split(t).length - 1 !== 1);
      expect(repeated.slice(0, 3), `${repeated.length} entries appear more than once`).toEqual([]);
    });

    it(`${lang}: everything the previews add is under 5% of the page's gzip weight`, () => {
      const weight = previewWeight(dist, "/", `${lang}/index.html`);
      const share = weight.previews / weight.page;
      console.log(`[previews] ${lang}: ${weight.previews} of ${weight.page} gzip bytes (${(share * 100).toFixed(1)}%)`);
      expect(weight.previews).toBeGreaterThan(0);
      expect(share).toBeLessThan(0.05);
    });
  }

  it("zh: in Chromium, a preview deep in the page shows the entries of the works it cites, from the list", async () => {
    const server = await startServer(dist, "/");
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.origin}/zh/`);
      // The last range in the page ([a-b]): its preview lists every work from a to b.
      const id = await page.evaluate(() => [...document.querySelectorAll(".citation")].filter((c) => c.textContent?.includes("-")).at(-1)?.id);
      const link = page.locator(`#${id} .citation-ref`).first();
      await link.hover();
      const preview = page.locator(`#${id} > .citation-preview`);
      await expect.poll(() => preview.isVisible()).toBe(true);
      const [from, to] = await page.locator(`#${id} .citation-ref`).allInnerTexts();
      const numbers = await preview.locator(".citation-preview-number").allInnerTexts();
      expect(numbers).toEqual(Array.from({ length: Number(to) - Number(from) + 1 }, (_, k) => `[${Number(from) + k}]`));
      const listed = await page.locator(`li.reference:nth-child(${Number(from)}) .reference-text`).innerText();
      expect(await preview.locator(".citation-preview-entry").first().innerText()).toBe(`[${from}] ${listed}`);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
