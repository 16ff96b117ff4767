// axe-core in Chromium on every page, in the light and the dark scheme, at a phone's and a desktop's width.
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useBuiltSite } from "./support/built-site.ts";

const site = useBuiltSite();

const PAGES = ["", "zh/", "en/", "zh/parallel/", "en/parallel/", "404.html", "no-such-page/"];

describe("axe-core", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [390, 1280]) {
      it(`finds no violation on any page, ${scheme}, at ${width} px`, async () => {
        const context = await site.browser().newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        for (const path of PAGES) {
          const page = await context.newPage();
          await page.goto(site.url(path));
          expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(scheme === "dark");
          expect(await axeViolations(page), `${path || "/"} (${scheme}, ${width}px)`).toEqual([]);
          await page.close();
        }
        await context.close();
      });
    }
  }
});
