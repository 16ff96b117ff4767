// "Cite this paper" on the built pages: honest text with the sparse metadata, downloads that parse,
// selectable without JavaScript, copied with it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { resolveFile } from "./support/server.ts";
import { loadPage } from "./support/site.ts";
import { useBuiltSite } from "./support/built-site.ts";

const dist = inject("distDir");
const site = inject("site");
const base = inject("base");
const abs = (p: string) => new URL(`${base}${p}`, site).href;
const BAD = /undefined|null|NaN|\[object/;

describe("the cite box in the built pages", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: shows the formatted citation, the editorial title note and what is missing`, () => {
      const $ = loadPage(dist, `${lang}/index.html`);
      const box = $("section#cite");
      expect(box).toHaveLength(1);
      const citation = box.find(".cite-text").text();
      // An online text without a venue ([EB/OL]), with the access date GB/T 7714 asks for ([引用日期]: the build's date).
      const title = lang === "zh" ? "[互联网金融的业务模式与发展趋势：以蚂蚁金服为例]" : "[The Business Model and Development Trend of Internet Finance: A Case Study of Ant Financial]";
      expect(citation.replace(/\[\d{4}-\d{2}-\d{2}\]/, "[DATE]")).toBe(`${title}[EB/OL]. [DATE]. ${abs(`${lang}/`)}.`);
      expect(box.find(".cite-missing").text()).toMatch(lang === "zh" ? /^原文未提供作者、发表日期、刊名、DOI、许可协议/ : /^The source does not give the authors, date of publication, journal, DOI or license/);
      expect(box.text()).not.toMatch(BAD);
    });

    it(`${lang}: offers paper.bib, paper.ris and paper.json, which citation-js reads back as this page's record`, () => {
      const $ = loadPage(dist, `${lang}/index.html`);
      const links = $("section#cite a[download]").map((_, el) => $(el).attr("href")).get();
      expect(links).toEqual(["bib", "ris", "json"].map((ext) => `${base}${lang}/paper.${ext}`));
      for (const href of links) {
        const file = resolveFile(dist, base, href);
        expect(file, href).toBeDefined();
        const text = readFileSync(file ?? "", "utf8");
        expect(text, href).not.toMatch(BAD);
        const [item] = new Cite(text).data as Record<string, unknown>[];
        // Clean, so that no short title is left with an open bracket; the note says the editors supplied it.
        expect(item?.["title"], href).not.toMatch(/[[\]]/);
        expect(String(item?.["note"]), href).toContain(lang === "zh" ? "题名为编者所拟" : "Title supplied by the editors");
        expect(item?.["URL"], href).toBe(abs(`${lang}/`));
        expect(item?.["author"], href).toBeUndefined();
        expect(item?.["issued"], href).toBeUndefined();
      }
      expect(path.basename(links[0] ?? "")).toBe("paper.bib");
    });
  }
});

describe("the cite box in Chromium", () => {
  const served = useBuiltSite();

  it("keeps the citation selectable and hides the copy button without JavaScript", async () => {
    const context = await served.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.url("en/#cite"));
    expect(await page.locator("#cite .cite-text").isVisible()).toBe(true);
    expect(await page.locator("#cite button").isVisible()).toBe(false);
    await page.locator("#cite .cite-text").click();
    const selected = await page.evaluate(() => String(getSelection()));
    expect(selected).toContain("[EB/OL]");
    await context.close();
  });

  it("copies the citation with the button", async () => {
    const context = await served.browser().newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(served.url("zh/#cite"));
    await page.locator("#cite button").click();
    await expect.poll(() => page.locator("#cite .cite-status").innerText()).toBe("已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator("#cite .cite-text").innerText());
    await page.locator("#cite").screenshot({ path: path.join(process.cwd(), "tests/.tmp/cite-box-zh.png") });
    await context.close();
  });
});
