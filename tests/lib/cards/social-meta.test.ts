import { describe, expect, it } from "vitest";
import { socialMeta, summarize } from "../../../src/lib/cards/social-meta.ts";

describe("social meta", () => {
  const tags = socialMeta({
    site: "https://u.github.io",
    base: "/paper-site/",
    path: "en/",
    imagePath: "og/en.png",
    title: "T",
    description: "D",
    imageAlt: "A",
    locale: "en_US",
    alternateLocales: ["zh_CN"],
    siteName: "S",
  });
  const get = (key: string) => tags.filter((t) => t.key === key).map((t) => t.content);

  it("makes every URL absolute under the base", () => {
    expect(get("og:image")).toEqual(["https://u.github.io/paper-site/og/en.png"]);
    expect(get("og:url")).toEqual(["https://u.github.io/paper-site/en/"]);
    expect(get("twitter:image")).toEqual(get("og:image"));
  });

  it("declares a large PNG card, the locale and its alternates", () => {
    expect(get("twitter:card")).toEqual(["summary_large_image"]);
    expect([get("og:image:width"), get("og:image:height"), get("og:image:type")]).toEqual([["1200"], ["630"], ["image/png"]]);
    expect(get("og:locale:alternate")).toEqual(["zh_CN"]);
  });

  it("summarizes long descriptions at a sentence or word boundary", () => {
    expect(summarize("short")).toBe("short");
    const zh = "一二三四五六七八九十。".repeat(30);
    expect(summarize(zh).endsWith("。")).toBe(true);
    expect(summarize(zh).length).toBeLessThanOrEqual(200);
    const en = "word ".repeat(80);
    expect(summarize(en)).toMatch(/word…$/);
  });
});
