// The Content-Security-Policy on the built site: on every page, first in <head>, hashing every inline script and style, and enforced in Chromium.
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { cspHash } from "../../src/lib/site/csp.ts";
import { useBuiltSite } from "./support/built-site.ts";
import { htmlFiles } from "./support/site.ts";

const dist = inject("distDir");
const pages = htmlFiles(dist);
const route = (file: string) => path.relative(dist, file).replace(/index\.html$/, "");

/** The policy's directives by name: "script-src" → ["'self'", "'sha256-…'"]. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("the policy in every page", () => {
  it("covers all six pages", () => {
    expect(pages.map(route).sort()).toEqual(["", "404.html", "en/", "en/parallel/", "zh/", "zh/parallel/"]);
  });

  it.each(pages.map((file) => [route(file) || "/", file]))("%s: the meta tag is first after charset, strict, and hashes every inline script and style", (_, file) => {
    const html = readFileSync(file, "utf8");
    const $ = load(html);
    const head = $("head").children().toArray();
    expect(head[0] && $(head[0]).attr("charset")).toBe("utf-8");
    expect(head[1] && $(head[1]).attr("http-equiv")).toBe("content-security-policy");
    expect($('meta[http-equiv="content-security-policy"]')).toHaveLength(1);
    const policy = directives($(head[1]!).attr("content") ?? "");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    expect(policy.get("style-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    // Every inline script the browser runs (JSON-LD is data, never run) and every inline style is allowed by its hash.
    const scripts = $("script:not([src])").toArray().filter((s) => ($(s).attr("type") ?? "module") !== "application/ld+json");
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(policy.get("script-src"), $(s).html()?.slice(0, 80)).toContain(`'${cspHash($(s).html() ?? "")}'`);
    for (const s of $("style").toArray()) expect(policy.get("style-src"), $(s).html()?.slice(0, 80)).toContain(`'${cspHash($(s).html() ?? "")}'`);
    // Attributes the policy would block: none is written.
    expect($("[style]").length + $("*").toArray().filter((e) => "attribs" in e && Object.keys(e.attribs).some((a) => a.startsWith("on"))).length).toBe(0);
  });
});

describe("the policy in Chromium", () => {
  const site = useBuiltSite();

  /** A page that records every CSP violation, from before the first byte is parsed. */
  async function watchedPage(context: BrowserContext): Promise<{ page: Page; violations: () => Promise<string[]> }> {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
    });
    const console: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
    });
    return {
      page,
      violations: async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...console],
    };
  }

  it("every page loads with no violation while the theme toggle, previews, copy button and language switch work", async () => {
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
    for (const file of pages) {
      const { page, violations } = await watchedPage(context);
      await page.goto(site.url(route(file)));
      await page.waitForLoadState("load");
      const toggle = page.locator("[data-theme-toggle]");
      if ((await toggle.count()) > 0) {
        const before = await toggle.getAttribute("aria-pressed");
        await toggle.click();
        await expect.poll(() => toggle.getAttribute("aria-pressed"), { message: route(file) }).not.toBe(before);
        await toggle.click();
      }
      expect(await violations(), route(file) || "/").toEqual([]);
      await page.close();
    }
    const { page, violations } = await watchedPage(context);
    await page.goto(site.url("zh/#sec-1-1"));
    // A citation preview opens on hover.
    await page.locator("#cite-2 .citation-ref").first().hover();
    await expect.poll(() => page.locator("#cite-2 > .citation-preview").isVisible()).toBe(true);
    // The cite box's copy button copies.
    await page.locator("#cite button").click();
    await expect.poll(() => page.locator("#cite .cite-status").innerText()).toBe("已复制");
    // The language switch follows the section being read and goes there.
    await page.evaluate(() => document.querySelector("#sec-4-2")?.scrollIntoView());
    const switcher = page.locator("[data-lang-switch]");
    await expect.poll(() => switcher.getAttribute("href")).toMatch(/\/en\/#sec-4-2/);
    const target = (await switcher.getAttribute("href")) ?? "";
    expect(await violations()).toEqual([]);
    await switcher.click();
    await page.waitForURL((u) => u.href.endsWith(target.slice(target.indexOf("/en/"))));
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it("blocks an inline script, an event handler and a plugin injected into a page", async () => {
    const context = await site.browser().newContext();
    // The page as it would be if a contributed paper file carried raw HTML: same policy, extra markup.
    await context.route(site.url("en/"), async (r) => {
      const response = await r.fetch();
      const body = (await response.text()).replace(
        "<main",
        `<script>window.injected = 1</script><img src="data:," onerror="window.injectedHandler = 1"><object data="data:text/html,x"></object><main`,
      );
      await r.fulfill({ response, body });
    });
    const { page, violations } = await watchedPage(context);
    await page.goto(site.url("en/"));
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => "injected" in window || "injectedHandler" in window)).toBe(false);
    await expect.poll(async () => (await violations()).filter((v) => v.startsWith("script-src")).length).toBeGreaterThanOrEqual(2);
    expect((await violations()).some((v) => v.startsWith("object-src"))).toBe(true);
    // The page's own scripts still ran.
    expect(await page.locator("[data-theme-toggle]").isVisible()).toBe(true);
    await context.close();
  });
});
