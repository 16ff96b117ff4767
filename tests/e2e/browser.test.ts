// The built site in real Chromium: readable without JavaScript, and the language switch keeps the reader's place.
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "./support/built-site.ts";

const site = useBuiltSite();
const base = site.base;

const url = site.url;

describe("reading in Chromium", () => {
  it("shows the paper's real paragraphs with JavaScript off", async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url("zh/"));
    await expect.poll(() => page.locator("h1").first().innerText()).toContain("互联网金融");
    const paragraph = page.locator("#sec-1-1-p1");
    expect(await paragraph.isVisible()).toBe(true);
    expect(await paragraph.innerText()).toMatch(/^近年来，随着科技的发展/);
    expect((await paragraph.boundingBox())?.height ?? 0).toBeGreaterThan(60);
    await context.close();
  });

  it("a section's language link lands on the same section in the other language", async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url("zh/#sec-2-1"));
    await page.locator("#sec-2-1 a.counterpart").click();
    await page.waitForURL(/\/en\/#sec-2-1$/);
    const box = await page.locator("#sec-2-1").boundingBox();
    expect(box && box.y >= -1 && box.y < 200).toBe(true);
    await page.close();
  });

  it("the header's language switch follows the section being read", async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url("en/"));
    const switcher = page.locator("[data-lang-switch]");
    expect(await switcher.getAttribute("href")).toMatch(new RegExp(`${base}zh/$`));
    await page.evaluate(() => document.querySelector("#sec-4-2")?.scrollIntoView());
    await expect.poll(() => switcher.getAttribute("href")).toMatch(/\/zh\/#sec-4-2$/);
    await switcher.click();
    await page.waitForURL(/\/zh\/#sec-4-2$/);
    await page.close();
  });
});

describe("the language switch keeps the paragraph", () => {
  for (const [from, to] of [["zh", "en"], ["en", "zh"]] as const) {
    it(`from /${from}/ it lands on the same paragraph id in /${to}/`, async () => {
      const page = await site.browser().newPage({ viewport: { width: 390, height: 800 } });
      await page.goto(url(`${from}/`));
      await page.evaluate(() => document.querySelector("#sec-3-1-p2")?.scrollIntoView());
      const switcher = page.locator("[data-lang-switch]");
      await expect.poll(() => switcher.getAttribute("href")).toMatch(new RegExp(`/${to}/#sec-3-1-p2$`));
      await switcher.click();
      await page.waitForURL(new RegExp(`/${to}/#sec-3-1-p2$`));
      const box = await page.locator("#sec-3-1-p2").boundingBox();
      const header = await page.locator(".site-header").boundingBox();
      // The paragraph starts just below the header that stays in view.
      expect(box && header && box.y >= header.height - 1 && box.y < 200).toBe(true);
      await page.close();
    });
  }
});
