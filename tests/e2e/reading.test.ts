// Reading in Chromium at every width: word gaps, words and marks kept whole, no overflow, targets, fonts, languages.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { useBuiltSite } from "./support/built-site.ts";
import { loadPage } from "./support/site.ts";
import { keptTogether, loadGlossary } from "../../src/lib/inputs/glossary.ts";
import { breaksInsideWords, controlTargets, horizontalOverflow, strandedMarks, widestWordGap } from "./support/measure.ts";

const site = useBuiltSite();

const url = site.url;
export const PAGES = ["", "zh/", "en/", "zh/parallel/", "en/parallel/", "404.html"];
const WIDTHS = [320, 390, 768, 1280];
/** Links inside running text (citation numbers, links in an entry's text): exempt from 2.5.8 as inline. */
const INLINE = ".citation-ref, .reference-link";
const MARKS = ".note-ref, .citation, .counterpart, .editorial-mark";
/** The glossary's terms, which Intl.Segmenter splits (互|联|网) but titles and headings keep whole. */
const KEPT = keptTogether(loadGlossary(process.cwd()));

async function open(path: string, width: number): Promise<Page> {
  const page = await site.browser().newPage({ viewport: { width, height: 900 } });
  await page.goto(url(path));
  return page;
}

describe("kept terms in the built HTML", () => {
  it("sets each glossary term of a Chinese title or heading inside one no-wrap word", () => {
    let seen = 0;
    for (const page of ["index.html", "zh/index.html", "zh/parallel/index.html"]) {
      const $ = loadPage(inject("distDir"), page);
      $("h1, h2, h3").each((_, h) => {
        if (!($(h).closest("[lang]").attr("lang") ?? "").startsWith("zh")) return;
        const words = $(h).find(".w").map((__, w) => $(w).text()).get();
        for (const term of KEPT.filter((t) => $(h).text().includes(t))) {
          seen++;
          expect(words.some((w) => w.includes(term)), `${page}: “${term}” in “${$(h).text().trim()}”, words ${words.join("|")}`).toBe(true);
        }
      });
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe("English text", () => {
  for (const width of WIDTHS) {
    it(`has no gap between words wider than 0.5 em at ${width} px`, async () => {
      for (const [path, selector] of [
        ["en/", ".body :is(p, li), .abstract p, .notes li"],
        ["zh/", ".abstract-other p"],
        ["", ".landing-abstract:lang(en)"],
        ["zh/parallel/", ".cell:lang(en) :is(p, li)"],
        ["en/parallel/", ".cell:lang(en) :is(p, li)"],
      ] as const) {
        const page = await open(path, width);
        const gap = await widestWordGap(page, selector);
        expect(gap.lines, `${path} ${selector}`).toBeGreaterThan(5);
        expect(gap.em, `${path} ${width}px, at “${gap.at}”`).toBeLessThanOrEqual(0.5);
        await page.close();
      }
    });
  }
});

describe("titles, headings and marks", () => {
  for (const width of [320, 390, 1280]) {
    it(`no line breaks inside a word of the Chinese title or headings, nor in the English title, at ${width} px`, async () => {
      const zh = await open("zh/", width);
      expect(await breaksInsideWords(zh, "h1, .body h2, .body h3, .toc-wide a", "zh", KEPT)).toEqual([]);
      expect(await breaksInsideWords(zh, ".title-other", "en")).toEqual([]);
      await zh.close();
      const root = await open("", width);
      expect(await breaksInsideWords(root, "section:lang(zh) h1", "zh", KEPT)).toEqual([]);
      await root.close();
      const parallel = await open("en/parallel/", width);
      expect(await breaksInsideWords(parallel, ".cell:lang(zh) :is(.title, h2, h3)", "zh", KEPT)).toEqual([]);
      await parallel.close();
    });

    it(`marks and badges are never split nor alone on a line at ${width} px`, async () => {
      for (const path of ["zh/", "en/", "zh/parallel/"]) {
        const page = await open(path, width);
        expect(await strandedMarks(page, MARKS), path).toEqual([]);
        await page.close();
      }
    });
  }

  // Paper drops the word joiner that holds a mark on screen (print.css): the character before it holds it (glue-marks.ts).
  it("in print too, marks are never split nor alone at the start of a line, at every column width", async () => {
    const found: string[] = [];
    for (const path of ["zh/", "en/", "zh/parallel/", "en/parallel/"]) {
      const page = await open(path, 320);
      await page.emulateMedia({ media: "print" });
      // The side-by-side view sets two columns: a viewport twice as wide gives each about the width.
      for (const column of [300, 340, 380, 420, 460, 500, 560, 620, 700]) {
        const width = path.includes("parallel") ? column * 2 + 64 : column;
        await page.setViewportSize({ width, height: 900 });
        for (const at of await strandedMarks(page, MARKS)) found.push(`${path} at ${width} px: ${at}`);
      }
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it("the English title does not end a line on a one-letter word", async () => {
    for (const width of [320, 390, 768, 1280]) {
      const page = await open("en/", width);
      const ends = await page.evaluate(() => {
        const h1 = document.querySelector("h1");
        if (!h1) return [];
        // Words followed by a word on a lower line end their line.
        const words = [...h1.querySelectorAll(".w")].flatMap((w) => [...w.getClientRects()].map((r) => ({ text: w.textContent ?? "", top: r.top })));
        return words.filter((w, i) => (words[i + 1]?.top ?? w.top) > w.top + 5).map((w) => w.text);
      });
      expect(ends.filter((w) => /(?:^|\s)[Aa]$/.test(w)), `${width}px`).toEqual([]);
      await page.close();
    }
  });
});

describe("layout", () => {
  it("never scrolls sideways from 320 to 1920 px", async () => {
    for (const path of PAGES) {
      const page = await open(path, 320);
      for (const width of [320, 360, 390, 600, 768, 1024, 1280, 1440, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await horizontalOverflow(page), `${path} at ${width}px`).toBe(0);
      }
      await page.close();
    }
  });

  it("gives every control that is not a link in a sentence a target of at least 24×24 px", async () => {
    for (const width of [390, 1280]) {
      for (const path of PAGES) {
        const page = await open(path, width);
        const targets = await controlTargets(page, INLINE);
        expect(targets.length, path).toBeGreaterThan(0);
        expect(targets.filter((t) => t.width < 24 || t.height < 24), `${path} at ${width}px`).toEqual([]);
        await page.close();
      }
    }
  });

  it("sets every interface element in the interface face, whatever the page's language", async () => {
    for (const path of ["zh/", "en/"]) {
      const page = await open(path, 1280);
      const serif = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".site-header a, .site-header button, .toc a, .citation-ref, .reference-backlink, .reference-number, .note-mark, .counterpart, .editorial-mark")]
          .filter((el) => !getComputedStyle(el).fontFamily.startsWith("system-ui"))
          .map((el) => `${el.className} ${getComputedStyle(el).fontFamily.slice(0, 30)}`),
      );
      expect(serif, path).toEqual([]);
      await page.close();
    }
  });

  it("marks every Chinese run on the English page with its language", async () => {
    const page = await open("en/", 1280);
    const unmarked = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        if (!/\p{Script=Han}/u.test(text.data) || text.parentElement?.closest("script, style")) continue;
        if (!text.parentElement?.closest("[lang]")?.getAttribute("lang")?.startsWith("zh")) out.push(text.data.trim().slice(0, 30));
      }
      return out;
    });
    expect(unmarked).toEqual([]);
    await page.close();
  });

  it("the contents are a plain list on wide screens (no summary to Tab onto) and a working disclosure on narrow ones", async () => {
    const wide = await open("zh/", 1280);
    expect(await wide.locator("summary:visible").count()).toBe(0);
    expect(await wide.locator(".toc a:visible").count()).toBeGreaterThan(20);
    // Tabbing from the top reaches the contents' first link after the header's controls, with nothing invisible in between.
    const stops: { name: string; visible: boolean }[] = [];
    for (let i = 0; i < 8; i++) {
      await wide.keyboard.press("Tab");
      stops.push(await wide.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { name: `${el.tagName} ${el.textContent?.trim().slice(0, 12)}`, visible: box.width > 0 && box.height > 0 && el.checkVisibility() };
      }));
    }
    expect(stops.filter((s) => !s.visible && !s.name.includes("跳到正文")), JSON.stringify(stops)).toEqual([]);
    expect(stops.some((s) => s.name.startsWith("A 1. 引言"))).toBe(true);
    await wide.close();
    const narrow = await open("zh/", 390);
    expect(await narrow.locator(".toc a:visible").count()).toBe(0);
    await narrow.locator("summary:visible").click();
    expect(await narrow.locator(".toc a:visible").count()).toBeGreaterThan(20);
    await narrow.close();
  });

  it("respects reduced motion", async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
    await page.goto(url("zh/"));
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll("*")].filter((el) => {
        const s = getComputedStyle(el);
        return s.scrollBehavior === "smooth" || parseFloat(s.transitionDuration) > 0 || s.animationName !== "none";
      }).length,
    );
    expect(moving).toBe(0);
    await page.close();
  });
});
