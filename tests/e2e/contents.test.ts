// The contents list every section a reader can jump to, body and back matter, in page order, and nothing else; they
// mark the section being read, and stay in reach on a phone.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { loadPage } from "./support/site.ts";
import { useBuiltSite } from "./support/built-site.ts";

const dist = inject("distDir");

/** The colophon is the page's imprint, not a section of the paper; the abstracts open the page. */
const NOT_LISTED = new Set(["abstract-title", "abstract-en-title", "colophon-title"]);

describe.each(["zh", "en"])("the contents of /%s/", (lang) => {
  const $ = loadPage(dist, `${lang}/index.html`);
  const listed = $(".toc-wide a").map((_, a) => ($(a).attr("href") ?? "").replace(/^#/, "")).get();

  it("lead to a heading on the page, with its text", () => {
    for (const slug of listed) {
      expect($(`[id="${slug}"]`).length, slug).toBe(1);
      expect($(`.toc-wide a[href="#${slug}"]`).text(), slug).toBe($(`[id="${slug}"]`).text());
    }
  });

  it("list every section heading of the article, the notes, glossary and citation included, in page order", () => {
    const sections = $("article h2[id], article h3[id]")
      .map((_, h) => $(h).attr("id"))
      .get()
      .filter((id) => !NOT_LISTED.has(id));
    expect(sections).toContain("glossary-title");
    expect(sections).toContain("cite-title");
    expect(listed).toEqual(sections);
  });

  it("are the same list in the narrow layout's disclosure", () => {
    expect($(".toc-narrow a").map((_, a) => $(a).attr("href")).get()).toEqual($(".toc-wide a").map((_, a) => $(a).attr("href")).get());
  });
});

const site = useBuiltSite();

/** The entries marked current, in every rendering of the contents on the page. */
const current = (page: Page) => page.$$eval(".toc a[aria-current]", (as) => as.map((a) => [a.closest("nav")?.className ?? "", a.getAttribute("href"), a.getAttribute("aria-current")]));

/** Scrolls so that a heading sits just under the sticky bar, and waits for the page to have handled the scroll. */
async function readAt(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const bar = document.querySelector(".site-header")!.getBoundingClientRect().bottom;
    scrollBy(0, document.getElementById(id)!.getBoundingClientRect().top - bar - 10);
  }, id);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe("the contents while reading", () => {
  it("mark the section being read, beside the text and in the phone's disclosure alike", async () => {
    for (const [path, width, nav] of [["en/", 1280, "toc toc-wide"], ["zh/", 390, "toc toc-narrow"], ["zh/parallel/", 1280, "toc toc-bar"], ["en/parallel/", 390, "toc toc-bar"]] as const) {
      const page = await site.browser().newPage({ viewport: { width, height: 800 } });
      await page.goto(site.url(path));
      await readAt(page, "sec-4-2");
      // The wide page renders the list twice (one shown); each rendering marks the same entry.
      expect((await current(page)).filter(([n]) => n === nav), `${path} at ${width}`).toEqual([[nav, "#sec-4-2", "true"]]);
      expect(new Set((await current(page)).map(([, href]) => href)), path).toEqual(new Set(["#sec-4-2"]));
      await readAt(page, "sec-5-1");
      expect((await current(page)).map(([, href]) => href)[0], path).toBe("#sec-5-1");
      // At the foot of the page: the last section begun on screen.
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect((await current(page)).map(([, href]) => href)[0], path).toBe("#cite-title");
      // The mark shows: the accent colour, not the entries' ink.
      const colours = await page.$$eval(`.${nav.split(" ")[1]} a`, (as) => [...new Set(as.map((a) => `${a.hasAttribute("aria-current")}:${getComputedStyle(a).color}`))]);
      expect(colours.length, `${path}: ${colours.join(", ")}`).toBe(2);
      await page.close();
    }
  });

  it("are a plain list of links without JavaScript, with nothing marked", async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url("zh/#sec-4-2"));
    expect(await current(page)).toEqual([]);
    expect(await page.locator(".toc-wide a").count()).toBeGreaterThan(20);
    await context.close();
  });

  it("stay in the sticky bar on a phone, deep in the paper, and close once an entry is chosen", async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url("zh/"));
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.6));
    const summary = page.locator(".toc-narrow summary");
    const box = await summary.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 120, JSON.stringify(box)).toBe(true);
    await summary.click();
    // Opened deep in the paper, the list shows the entry being read.
    const marked = page.locator(".toc-narrow a[aria-current]");
    await expect.poll(() => marked.count()).toBe(1);
    expect(await marked.isVisible()).toBe(true);
    const inList = await marked.evaluate((a) => {
      const list = a.closest("ol")!.getBoundingClientRect();
      const box = a.getBoundingClientRect();
      return box.top >= list.top - 1 && box.bottom <= list.bottom + 1;
    });
    expect(inList).toBe(true);
    await page.locator(".toc-narrow a[href='#sec-2-2']").click();
    await page.waitForURL(/#sec-2-2$/);
    expect(await page.locator(".toc-narrow details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const [bar, top] = await page.evaluate(() => [document.querySelector(".site-header")!.getBoundingClientRect().bottom, document.getElementById("sec-2-2")!.getBoundingClientRect().top]);
    expect(top).toBeGreaterThanOrEqual((bar ?? 0) - 1);
    await page.close();
  });
});
