import { describe, expect, it } from "vitest";
import { normalizeBase, siteConfig } from "../../../src/lib/site/site-config.ts";
import { absoluteUrl, withBase } from "../../../src/lib/site/urls.ts";

describe("site and base from the environment", () => {
  it("normalizes the base path GitHub Pages gives", () => {
    expect(normalizeBase(undefined)).toBe("/");
    expect(normalizeBase("")).toBe("/");
    expect(normalizeBase("/paper-site")).toBe("/paper-site/");
    expect(normalizeBase("paper-site/")).toBe("/paper-site/");
  });

  it("defaults to a local preview URL and rejects a relative SITE_URL", () => {
    expect(siteConfig({})).toEqual({ site: "http://localhost:4321", base: "/" });
    expect(siteConfig({ SITE_URL: "https://u.github.io/", BASE_PATH: "/r" })).toEqual({ site: "https://u.github.io", base: "/r/" });
    expect(() => siteConfig({ SITE_URL: "u.github.io" })).toThrow(/SITE_URL must be an absolute URL/);
  });

  it("builds links under a non-root base", () => {
    expect(withBase("/paper-site/", "en/")).toBe("/paper-site/en/");
    expect(withBase("/", "")).toBe("/");
    expect(absoluteUrl("https://u.github.io", "/paper-site/", "zh/")).toBe("https://u.github.io/paper-site/zh/");
  });
});
