// Dark mode: follows the system, a switch that is remembered, and no flash of the other scheme on load.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useBuiltSite } from "./support/built-site.ts";

const site = useBuiltSite();

const url = site.url;
const LIGHT = "rgb(251, 250, 247)";
const DARK = "rgb(22, 24, 27)";

/** The page background in the first animation frame, which runs before the first paint. */
async function firstFrameBackground(page: Page, path: string): Promise<string> {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.documentElement).backgroundColor;
    });
  });
  await page.goto(url(path));
  await page.waitForFunction(() => "firstFrame" in window);
  return page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame);
}

describe("colour scheme", () => {
  it("follows the system's scheme", async () => {
    for (const [scheme, colour] of [["light", LIGHT], ["dark", DARK]] as const) {
      const context = await site.browser().newContext({ colorScheme: scheme });
      const page = await context.newPage();
      expect(await firstFrameBackground(page, "zh/")).toBe(colour);
      await context.close();
    }
  });

  it("the switch changes the scheme, is remembered on every page, and the next load paints dark from the first frame", async () => {
    const context = await site.browser().newContext({ colorScheme: "light", viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(url("en/"));
    const toggle = page.locator("[data-theme-toggle]");
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK);
    for (const path of ["en/", "zh/", "", "404.html"]) {
      const next = await context.newPage();
      expect(await firstFrameBackground(next, path), path).toBe(DARK);
      await next.close();
    }
    // Switching back to what the system gives forgets the choice.
    await page.reload();
    await page.locator("[data-theme-toggle]").click();
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
    const again = await context.newPage();
    expect(await firstFrameBackground(again, "zh/")).toBe(LIGHT);
    await context.close();
  });

  it("without JavaScript the switch is not offered and the system's scheme holds", async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false, colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(url("zh/"));
    expect(await page.locator("[data-theme-toggle]").isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK);
    await context.close();
  });
});
