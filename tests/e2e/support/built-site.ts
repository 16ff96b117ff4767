// The built site served on loopback and a Chromium to read it, started once per test file and closed after it.
import { afterAll, beforeAll, inject } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { startServer, type StaticServer } from "./server.ts";

export interface BuiltSite {
  /** The site's base path, e.g. "/paper-site/". */
  base: string;
  /** The absolute URL of a route under the base ("zh/", "404.html"). */
  url: (path: string) => string;
  /** The browser, once beforeAll has run. */
  browser: () => Browser;
}

/**
 * Registers the hooks; call at the top of a test file or a describe block. By default it serves the site
 * global-setup built; `dist` (read when the hooks run, so a fixture built in an earlier beforeAll works) and
 * `base` serve another build.
 */
export function useBuiltSite(options: { dist?: () => string; base?: string } = {}): BuiltSite {
  const base = options.base ?? inject("base");
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(options.dist?.() ?? inject("distDir"), base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("useBuiltSite: used before its beforeAll hook ran");
    return value;
  };
  return { base, url: (path) => `${started(server).origin}${base}${path}`, browser: () => started(browser) };
}
