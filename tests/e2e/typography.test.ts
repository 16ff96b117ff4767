// Typography in Chromium and Firefox ESR: no justified English, no stretched Chinese, one Han–Latin gap, a measure
// at every width, no synthetic oblique for Han, terms and URLs kept whole, English labels for the corrections.
import { describe, expect, inject, it } from "vitest";
import { keptTerms } from "../../src/lib/inputs/glossary.ts";
import { readFromDisk } from "../../src/lib/inputs/read.ts";
import { ENGINES, useEngines, type EnginePage } from "./support/engines.ts";
import { breaksInsideWords } from "./support/measure.ts";
import { loadPage } from "./support/site.ts";

const { open } = useEngines();
const PAGES = ["", "zh/", "en/", "zh/parallel/", "en/parallel/"];
const WIDTHS = [320, 390, 768, 1280];
/** Terms no line breaks inside: the glossary's and the keywords (PaperInputs.keptTerms). */
const KEPT = keptTerms(readFromDisk(process.cwd()));
/** Where Chinese may be justified: the running text's paragraphs and the abstracts, long blocks all. */
const JUSTIFIED = ".body p, .cell p, .abstract p, .landing-abstract";

/** Block-level elements whose computed text-align is justify, with their language and class. */
function justifiedBlocks(): { lang: string; what: string }[] {
  return [...document.querySelectorAll<HTMLElement>("body *")]
    .filter((el) => getComputedStyle(el).textAlign === "justify" && el.getClientRects().length > 0)
    .map((el) => ({
      lang: el.closest("[lang]")?.getAttribute("lang") ?? "",
      what: `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? "").trim().slice(0, 24)}”`,
      block: !getComputedStyle(el).display.startsWith("inline"),
      allowed: el.matches(".body p, .cell p, .abstract p, .landing-abstract"),
    }))
    .filter((b) => b.lang.startsWith("en") || (b.block && !b.allowed))
    .map(({ lang, what }) => ({ lang, what }));
}

/**
 * The widest gap between two adjacent visible characters on one line, at least one of them Han, in em: what
 * justification opens between characters (原 文 作). White space is not counted (the word-gap test measures it).
 */
function widestHanGap(selector: string): { em: number; at: string; pairs: number } {
  const han = /\p{Script=Han}/u;
  let worst = { em: 0, at: "", pairs: 0 };
  let pairs = 0;
  for (const block of document.querySelectorAll<HTMLElement>(selector)) {
    if (block.getClientRects().length === 0) continue;
    const boxes: { ch: string; r: DOMRect; size: number }[] = [];
    // A mark is no character of the text (its number may be generated content): it parts the characters either side, as a space would.
    const MARK = ".citation-preview, .note-ref, .citation, .counterpart, .editorial-mark, .backref, .note-mark, .keywords strong";
    const collect = (node: Node): void => {
      if (node instanceof Element) {
        if (node.matches(MARK)) boxes.push({ ch: " ", r: new DOMRect(), size: 0 });
        else for (const child of node.childNodes) collect(child);
        return;
      }
      if (!(node instanceof Text)) return;
      const size = parseFloat(getComputedStyle(node.parentElement ?? block).fontSize);
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rects = [...range.getClientRects()].filter((x) => x.width > 0);
        const r = rects.length === 1 ? rects[0] : undefined;
        boxes.push(r ? { ch: node.data[i] ?? "", r, size } : { ch: " ", r: new DOMRect(), size });
      }
    };
    collect(block);
    for (let i = 1; i < boxes.length; i++) {
      const a = boxes[i - 1];
      const b = boxes[i];
      if (!a || !b || /\s/u.test(a.ch) || /\s/u.test(b.ch) || !(han.test(a.ch) || han.test(b.ch))) continue;
      if (Math.abs(a.r.top - b.r.top) > b.size / 2) continue;
      pairs++;
      // A Han character is one em wide: what its box has beyond that is justification's expansion (Chromium puts it
      // inside the box, Firefox after it), and so is any gap before the next character.
      const em = (han.test(a.ch) ? a.r.width / a.size - 1 : 0) + (b.r.left - a.r.right) / b.size;
      if (em > worst.em) worst = { em, at: boxes.slice(Math.max(0, i - 8), i + 8).map((x) => x.ch).join(""), pairs: 0 };
    }
  }
  return { ...worst, pairs };
}

async function each(engine: (typeof ENGINES)[number], route: string, widths: readonly number[], check: (page: EnginePage, width: number) => Promise<void>) {
  const page = await open(engine, route, widths[0] ?? 320);
  try {
    for (const width of widths) {
      await page.resize(width);
      await check(page, width);
    }
  } finally {
    await page.close();
  }
}

for (const engine of ENGINES) {
  describe(`justification in ${engine}`, () => {
    it("no English anywhere is justified, and Chinese only in running paragraphs, at 320–1280 px", async () => {
      for (const route of PAGES) {
        await each(engine, route, WIDTHS, async (page, width) => {
          expect(await page.evaluate(justifiedBlocks, undefined), `${route} at ${width}px`).toEqual([]);
        });
      }
      // Not vacuous: the Chinese running text is justified.
      await each(engine, "zh/", [390], async (page) => {
        expect(await page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((p) => getComputedStyle(p).textAlign === "justify").length, JUSTIFIED)).toBeGreaterThan(30);
      });
    });

    it("no Chinese line is stretched: short blocks ragged (no gap over 0.2 em), running text within 0.4 em", async () => {
      for (const route of ["zh/", "zh/parallel/"]) {
        await each(engine, route, WIDTHS, async (page, width) => {
          await page.evaluate(() => {
            for (const d of document.querySelectorAll("details")) d.open = true;
          }, undefined);
          // Ragged: only the autospace gap (0.125 em) between characters. Justified: a phone's 16-character line
          // before an unbreakable mark spreads its deficit over the line's 15 gaps.
          for (const [selector, most] of [
            [".notes li, .keywords, .cite-text, .toc a, .glossary td, .colophon p, .references li", 0.2],
            [JUSTIFIED, 0.4],
          ] as const) {
            const gap = await page.evaluate(widestHanGap, selector);
            if (route === "zh/") expect(gap.pairs, `${route} ${selector}`).toBeGreaterThan(500);
            expect(gap.em, `${route} ${width}px ${selector} at “${gap.at}”`).toBeLessThanOrEqual(most);
          }
        });
      }
    });

    it("no English word is broken at the end of a line (no automatic hyphenation) at 320 and 390 px", async () => {
      for (const [route, selector] of [
        ["en/", ".body p, .abstract p, .notes li, .colophon p"],
        ["zh/", ".abstract-other p"],
        ["", ".landing-version:lang(en) p, .landing-note [lang|='en']"],
      ] as const) {
        await each(engine, route, [320, 390], async (page, width) => {
          expect(await breaksInsideWords(page, selector, "en"), `${route} ${width}px`).toEqual([]);
        });
      }
    });
  });

  describe(`Chinese in ${engine}`, () => {
    it("sets every author's space between Han and Latin at the gap the engine gives an unspaced pair, and one after full-width punctuation at none", async () => {
      await each(engine, "zh/", [390, 1280], async (page, width) => {
        // The gap the engine's text-autospace gives an unspaced pair (网P), measured as the pair's width beyond its two
        // characters' (Chromium draws the gap inside the first character's box, so boxes alone would show none).
        const unspaced = await page.evaluate(() => {
          const host = document.querySelector<HTMLElement>(".body p");
          if (!host) return NaN;
          const width = (text: string) => {
            const probe = document.createElement("span");
            probe.textContent = text;
            host.append(probe);
            const em = probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize);
            probe.remove();
            return em;
          };
          return width("网P") - width("网") - width("P");
        }, undefined);
        expect(unspaced, `${width}px`).toBeCloseTo(0.125, 2);
        const gaps = await page.evaluate(() => {
          const out: { em: number; punct: boolean; at: string }[] = [];
          for (const space of document.querySelectorAll<HTMLElement>(".han-space")) {
            if (space.getClientRects().length === 0) continue;
            const size = parseFloat(getComputedStyle(space).fontSize);
            const box = space.getBoundingClientRect();
            // The space's own width, where it does not end or start a line.
            out.push({ em: box.width / size, punct: space.classList.contains("after-punct"), at: (space.parentElement?.textContent ?? "").slice(0, 20) });
          }
          return out;
        }, undefined);
        expect(gaps.filter((g) => !g.punct).length, `${width}px`).toBeGreaterThan(30);
        expect(gaps.filter((g) => !g.punct && Math.abs(g.em - unspaced) > 0.01), `${width}px (unspaced ${unspaced} em)`).toEqual([]);
        expect(gaps.filter((g) => g.punct && g.em > 0.01), `${width}px`).toEqual([]);
      });
    });

    it("puts no gap between Han and the half-width punctuation of a bibliographic entry (郭峰, 王靖一, 等.)", async () => {
      await each(engine, "zh/", [390], async (page) => {
        const gaps = await page.evaluate(() => {
          const out: string[] = [];
          for (const el of document.querySelectorAll<HTMLElement>(".cite-text, .reference-text")) {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n as Text;
              const size = parseFloat(getComputedStyle(text.parentElement ?? el).fontSize);
              for (const m of text.data.matchAll(/\p{Script=Han}[,.\]:;]/gu)) {
                const range = document.createRange();
                range.setStart(text, m.index);
                range.setEnd(text, m.index + 1);
                const a = range.getBoundingClientRect();
                range.setStart(text, m.index + 1);
                range.setEnd(text, m.index + 2);
                const b = range.getBoundingClientRect();
                const em = (b.left - a.left) / size - 1;
                if (Math.abs(a.top - b.top) < size / 2 && em > 0.05) out.push(`${m[0]} ${em.toFixed(3)} em`);
              }
            }
          }
          return out;
        }, undefined);
        expect(gaps).toEqual([]);
      });
    });

    it("is never set in a synthetic oblique", async () => {
      for (const route of PAGES) {
        await each(engine, route, [1280], async (page) => {
          const slanted = await page.evaluate(() => {
            const out: string[] = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n as Text;
              const parent = text.parentElement;
              if (!parent || !/\p{Script=Han}/u.test(text.data) || parent.closest("script, style")) continue;
              const style = getComputedStyle(parent);
              if (style.fontStyle !== "normal" && style.fontSynthesisStyle !== "none") out.push(`${parent.className} “${text.data.trim().slice(0, 20)}”`);
            }
            return out;
          }, undefined);
          expect(slanted, route).toEqual([]);
        });
      }
    });

    it("keeps glossary terms and keywords whole in the contents, titles, headings and the glossary's cells at 320–1920 px", async () => {
      for (const [route, selector] of [
        ["zh/", "h1, .body h2, .body h3, .toc a, .glossary td:lang(zh), .keywords"],
        ["", "section:lang(zh) h1"],
        ["en/", ".glossary td:lang(zh), .title-other"],
      ] as const) {
        await each(engine, route, [320, 360, 390, 768, 1024, 1280, 1920], async (page, width) => {
          await page.evaluate(() => {
            for (const d of document.querySelectorAll("details")) d.open = true;
          }, undefined);
          expect(await breaksInsideWords(page, selector, "zh", KEPT), `${route} ${width}px`).toEqual([]);
        });
      }
    });
  });

  describe(`measure and links in ${engine}`, () => {
    it("keeps English lines to 80 characters and Chinese to 42 at every width from 320 to 1920 px (a measure at 640–992 px too)", async () => {
      for (const route of ["en/", "zh/", ""]) {
        await each(engine, route, [320, 640, 700, 768, 860, 992, 1280, 1920], async (page, width) => {
          const longest = await page.evaluate(() => {
            // The longest line against its language's limit: 42 Chinese characters, 80 English ones.
            let worst = { chars: 0, limit: 1, at: "" };
            for (const p of document.querySelectorAll<HTMLElement>(".body p, .landing-abstract, .abstract p")) {
              const lines = new Map<number, string>();
              const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const text = n as Text;
                for (let i = 0; i < text.data.length; i++) {
                  const range = document.createRange();
                  range.setStart(text, i);
                  range.setEnd(text, i + 1);
                  const r = [...range.getClientRects()].find((x) => x.width > 0);
                  if (!r) continue;
                  const top = Math.round((r.top + r.bottom) / 2 / 8);
                  lines.set(top, (lines.get(top) ?? "") + text.data[i]);
                }
              }
              // A Han character or full-width mark counts one; a Latin letter, digit or space about half of one in Chinese.
              const han = p.closest("[lang]")?.getAttribute("lang")?.startsWith("zh") ?? false;
              const count = (line: string) => [...line.trim()].reduce((n, c) => n + (!han || /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u.test(c) ? 1 : 0.5), 0);
              for (const line of lines.values()) if (count(line) / (han ? 42 : 80) > worst.chars / worst.limit) worst = { chars: count(line), limit: han ? 42 : 80, at: line.trim() };
            }
            return worst;
          }, undefined);
          expect(longest.chars, `${route} ${width}px: “${longest.at}”`).toBeLessThanOrEqual(longest.limit);
        });
      }
    });

    it("never scrolls sideways at 320 and 390 px (an author's space at a line's end included)", async () => {
      for (const route of PAGES) {
        await each(engine, route, [320, 390], async (page, width) => {
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth, undefined), `${route} ${width}px`).toBe(0);
        });
      }
    });

    it("never breaks the citation's URL at one of its hyphens", async () => {
      for (const route of ["zh/", "en/"]) {
        await each(engine, route, [320, 360, 390], async (page, width) => {
          const broken = await page.evaluate(() => {
            const out: string[] = [];
            const el = document.querySelector(".cite-text");
            if (!el) return ["no .cite-text"];
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            const chars: { node: Text; at: number }[] = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) for (let i = 0; i < (n as Text).data.length; i++) chars.push({ node: n as Text, at: i });
            const top = (k: number) => {
              const c = chars[k];
              if (!c) return undefined;
              const range = document.createRange();
              range.setStart(c.node, c.at);
              range.setEnd(c.node, c.at + 1);
              return [...range.getClientRects()].find((x) => x.width > 0)?.top;
            };
            const text = chars.map((c) => c.node.data[c.at]).join("");
            for (const m of text.matchAll(/https?:\/\/\S+/gu)) {
              for (let k = m.index; k < m.index + m[0].length; k++) {
                if (text[k] !== "-") continue;
                const [a, b] = [top(k), top(k + 1)];
                if (a !== undefined && b !== undefined && Math.abs(a - b) > 4) out.push(text.slice(k - 10, k + 10));
              }
            }
            return out;
          }, undefined);
          expect(broken, `${route} ${width}px`).toEqual([]);
        });
      }
    });
  });
}

describe("the corrections on the translation's page", () => {
  it("are labelled in English (ed. 1), with the mark the Chinese text carries beside it", () => {
    const $ = loadPage(inject("distDir"), "en/index.html");
    const marks = $("#editor-notes li > .note-mark").map((_, el) => $(el).clone().children().remove().end().text().trim()).get();
    expect(marks.length).toBeGreaterThan(3);
    marks.forEach((mark, i) => expect(mark).toBe(`ed.\u00a0${i + 1}`));
    $("#editor-notes .note-mark-original").each((i, el) => {
      expect($(el).attr("lang")?.startsWith("zh")).toBe(true);
      expect($(el).text()).toBe(`(编${i + 1})`);
    });
  });
});
