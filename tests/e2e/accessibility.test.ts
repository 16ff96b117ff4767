// axe-core in Chromium on every page, in the light and the dark scheme, at a phone's and a desktop's width.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser } from "./support/browser.ts";
import { startServer, type StaticServer } from "./support/server.ts";

const base = inject("base");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(inject("distDir"), base);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = ["", "zh/", "en/", "zh/parallel/", "en/parallel/", "404.html", "no-such-page/"];

describe("axe-core", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [390, 1280]) {
      it(`finds no violation on any page, ${scheme}, at ${width} px`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        for (const path of PAGES) {
          const page = await context.newPage();
          await page.goto(`${server.origin}${base}${path}`);
          expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(scheme === "dark");
          expect(await axeViolations(page), `${path || "/"} (${scheme}, ${width}px)`).toEqual([]);
          await page.close();
        }
        await context.close();
      });
    }
  }
});
