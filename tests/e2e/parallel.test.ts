// The side-by-side view: pairs level on wide screens, stacked and labelled on narrow ones, one reference list,
// notes in their column, each column in its language, its own canonical and alternates, and the switch.
import { describe, expect, inject, it } from "vitest";
import { loadPage } from "./support/site.ts";
import { useBuiltSite } from "./support/built-site.ts";

const dist = inject("distDir");
const base = inject("base");
const site = inject("site");
const served = useBuiltSite();

const url = served.url;
const abs = (p: string) => new URL(`${base}${p}`, site).href;

describe("the side-by-side view", () => {
  it("pairs every heading and paragraph of the paper, each half in its language", () => {
    const paper = loadPage(dist, "zh/index.html");
    const ids = paper(".body > [id^='sec-']").map((_, el) => paper(el).attr("id")).get();
    expect(ids.length).toBeGreaterThan(40);
    for (const lang of ["zh", "en"]) {
      const $ = loadPage(dist, `${lang}/parallel/index.html`);
      const pairs = $(".parallel-text > .pair:not(.pair-notes)");
      expect(pairs.length, lang).toBe(ids.length);
      pairs.each((i, pair) => {
        const cells = $(pair).children(".cell");
        expect(cells.map((_, c) => $(c).attr("lang")).get()).toEqual(["zh-Hans", "en"]);
        // The interface language's half carries the shared id, so /xx/parallel/#sec-… and the switch land on it.
        const primary = lang === "zh" ? cells.first() : cells.last();
        expect(primary.children(`#${ids[i]}`).length, `${lang} ${ids[i]}`).toBe(1);
      });
      // Ids are unique although both texts are on the page.
      const all = $("[id]").map((_, el) => $(el).attr("id")).get();
      expect(all.length - new Set(all).size, lang).toBe(0);
    }
  });

  it("shows the same citation numbers in both halves, all linking to the one reference list", () => {
    const $ = loadPage(dist, "en/parallel/index.html");
    expect($("section.references")).toHaveLength(1);
    let cited = 0;
    $(".parallel-text > .pair").each((_, pair) => {
      const numbers = $(pair).children(".cell").map((_, c) => $(c).find(".citation > .citation-ref").map((_, a) => $(a).text()).get().join(",")).get();
      expect(numbers[0], $(pair).text().slice(0, 30)).toBe(numbers[1]);
      if (numbers[0]) cited++;
    });
    expect(cited).toBeGreaterThan(5);
    $(".citation-ref").each((_, a) => {
      expect($($(a).attr("href") ?? "").is("section.references li.reference")).toBe(true);
    });
  });

  it("keeps the editor's notes with the Chinese and the translator's notes with the English, each mark linking within its half", () => {
    for (const lang of ["zh", "en"]) {
      const $ = loadPage(dist, `${lang}/parallel/index.html`);
      const notes = $(".pair-notes").children(".cell");
      expect(notes.first().find("section.notes li").length, lang).toBeGreaterThan(0);
      expect(notes.last().find("section.notes li").length, lang).toBeGreaterThan(0);
      $(".note-ref").each((_, a) => {
        const target = $($(a).attr("href") ?? "");
        expect(target.length, $(a).attr("href")).toBe(1);
        expect(target.closest(".cell").attr("lang")).toBe($(a).closest(".cell").attr("lang"));
      });
    }
  });

  it("has its own canonical URL and alternates in both interface languages, and is linked from the papers and the landing page", () => {
    for (const lang of ["zh", "en"]) {
      const $ = loadPage(dist, `${lang}/parallel/index.html`);
      expect($("link[rel=canonical]").attr("href")).toBe(abs(`${lang}/parallel/`));
      const alternates = Object.fromEntries($("link[rel=alternate][hreflang]").map((_, el) => [[$(el).attr("hreflang"), $(el).attr("href")]]).get());
      expect(alternates).toEqual({ "zh-Hans": abs("zh/parallel/"), en: abs("en/parallel/") });
      expect(loadPage(dist, `${lang}/index.html`)(`a[href="${base}${lang}/parallel/"]`).length).toBeGreaterThan(0);
      expect(loadPage(dist, "index.html")(`a[href="${base}${lang}/parallel/"]`).length).toBe(1);
    }
  });

  it("starts each pair's two halves within 2 px of each other at 1280 px", async () => {
    for (const lang of ["zh", "en"]) {
      const page = await served.browser().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(url(`${lang}/parallel/`));
      const offsets = await page.evaluate(() =>
        [...document.querySelectorAll(".pair")].map((pair) => {
          const [a, b] = [...pair.querySelectorAll(":scope > .cell")].map((cell) => cell.querySelector(":scope > :not(.pair-label)")?.getBoundingClientRect());
          return { id: pair.querySelector("[id]")?.id ?? "", dy: a && b ? Math.abs(a.top - b.top) : Infinity, dx: a && b ? b.left - a.right : 0 };
        }),
      );
      expect(offsets.length).toBeGreaterThan(40);
      expect(offsets.filter((o) => o.dy > 2), lang).toEqual([]);
      expect(offsets.every((o) => o.dx > 16)).toBe(true);
      await page.close();
    }
  });

  it("stacks each pair at 390 px, each half labelled with its language", async () => {
    const page = await served.browser().newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(url("en/parallel/"));
    const pairs = await page.evaluate(() =>
      [...document.querySelectorAll(".parallel-text > .pair:not(.pair-notes)")].map((pair) => {
        const [a, b] = [...pair.querySelectorAll<HTMLElement>(":scope > .cell")];
        const label = (c: HTMLElement | undefined) => {
          const l = c?.querySelector<HTMLElement>(":scope > .pair-label");
          return l && l.getBoundingClientRect().height > 0 ? l.innerText : "";
        };
        return { stacked: (b?.getBoundingClientRect().top ?? 0) >= (a?.getBoundingClientRect().bottom ?? Infinity) - 1, labels: [label(a), label(b)] };
      }),
    );
    expect(pairs.length).toBeGreaterThan(40);
    expect(pairs.filter((p) => !p.stacked)).toEqual([]);
    expect(new Set(pairs.map((p) => p.labels.join("|")))).toEqual(new Set(["中文|ENGLISH"]));
    await page.close();
  });

  it("the language switch lands on the same paragraph in the other interface language", async () => {
    const page = await served.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url("zh/parallel/"));
    await page.evaluate(() => document.querySelector("#sec-4-2-p2")?.scrollIntoView());
    const switcher = page.locator("[data-lang-switch]");
    await expect.poll(() => switcher.getAttribute("href")).toMatch(/\/en\/parallel\/#sec-4-2-p2$/);
    await switcher.click();
    await page.waitForURL(/\/en\/parallel\/#sec-4-2-p2$/);
    const box = await page.locator("#sec-4-2-p2").boundingBox();
    expect(box && box.y > 0 && box.y < 200).toBe(true);
    await page.close();
  });
});
