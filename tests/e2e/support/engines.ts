// Both browser engines behind one small interface: Chromium through playwright-core, and Debian's Firefox ESR through
// puppeteer-core over WebDriver BiDi (playwright-core drives only its own patched Firefox, not a stock one).
import { afterAll, beforeAll, inject } from "vitest";
import puppeteer, { type Browser as FirefoxBrowser } from "puppeteer-core";
import type { Browser as ChromiumBrowser } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { startServer, type StaticServer } from "./server.ts";

export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

export type Engine = "chromium" | "firefox";
export const ENGINES: readonly Engine[] = ["chromium", "firefox"];

/** A page open at some width: runs a function in it (one serialisable argument), resizes, closes. */
export interface EnginePage {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  resize(width: number): Promise<void>;
  close(): Promise<void>;
}

export function launchFirefox(): Promise<FirefoxBrowser> {
  return puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true });
}

/** Serves the built site and starts both browsers, once per test file; `open` loads a route in either. */
export function useEngines(): { open: (engine: Engine, route: string, width: number) => Promise<EnginePage> } {
  let server: StaticServer | undefined;
  let chromium: ChromiumBrowser | undefined;
  let firefox: FirefoxBrowser | undefined;
  beforeAll(async () => {
    server = await startServer(inject("distDir"), inject("base"));
    [chromium, firefox] = await Promise.all([launchBrowser(), launchFirefox()]);
  });
  afterAll(async () => {
    await chromium?.close();
    await firefox?.close();
    await server?.close();
  });
  const url = (route: string) => {
    if (!server) throw new Error("useEngines: used before its beforeAll hook ran");
    return `${server.origin}${inject("base")}${route}`;
  };
  return {
    open: async (engine, route, width) => {
      if (engine === "chromium") {
        if (!chromium) throw new Error("useEngines: Chromium not started");
        const page = await chromium.newPage({ viewport: { width, height: 900 } });
        await page.goto(url(route));
        return {
          evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
          resize: (w) => page.setViewportSize({ width: w, height: 900 }),
          close: () => page.close(),
        };
      }
      if (!firefox) throw new Error("useEngines: Firefox not started");
      const page = await firefox.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(url(route));
      return {
        evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
        resize: (w) => page.setViewport({ width: w, height: 900 }),
        close: () => page.close(),
      };
    },
  };
}
