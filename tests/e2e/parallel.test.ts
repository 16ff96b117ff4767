// The side-by-side view: pairs level on wide screens, stacked and labelled on narrow ones, one reference list,
// notes in their column, each column in its language, its own canonical and alternates, and the switch.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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
  it("holds each language's text whole, one after the other, cell for cell with the other's", () => {
    const paper = loadPage(dist, "zh/index.html");
    const ids = paper(".body > [id^='sec-']").map((_, el) => paper(el).attr("id")).get();
    expect(ids.length).toBeGreaterThan(40);
    for (const lang of ["zh", "en"]) {
      const $ = loadPage(dist, `${lang}/parallel/index.html`);
      const versions = $(".parallel-text > section.version");
      // The interface language's text first (and on the left), so the page's h1 comes before the other text's h2.
      expect(versions.map((_, v) => $(v).attr("lang")).get(), lang).toEqual(lang === "zh" ? ["zh-Hans", "en"] : ["en", "zh-Hans"]);
      const cells = versions.map((_, v) => [$(v).children(".cell").length]).get();
      // Front, abstract, every heading and paragraph, the notes.
      expect(cells, lang).toEqual([ids.length + 3, ids.length + 3]);
      versions.each((_, v) => {
        const own = $(v).children(".cell:not(.cell-front, .cell-abstract, .cell-notes)");
        // The interface language's text carries the shared ids, so /xx/parallel/#sec-… and the switch land on it.
        const prefix = $(v).attr("lang")?.startsWith(lang) ? "" : `${$(v).attr("lang") === "en" ? "en" : "zh"}--`;
        expect(own.map((_, c) => $(c).children("[id]").first().attr("id")).get(), `${lang} ${$(v).attr("lang")}`).toEqual(ids.map((id) => `${prefix}${id}`));
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
    const [first, second] = [$(".parallel-text > .version").first(), $(".parallel-text > .version").last()].map((v) => v.children(".cell"));
    first?.each((i, cell) => {
      const numbers = [$(cell), second?.eq(i)].map((c) => c?.find(".citation > .citation-ref").map((_, a) => $(a).text()).get().join(","));
      expect(numbers[0], $(cell).text().slice(0, 30)).toBe(numbers[1]);
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
      const notes = $(".cell-notes");
      expect(notes.first().find("section.notes li").length, lang).toBeGreaterThan(0);
      expect(notes.last().find("section.notes li").length, lang).toBeGreaterThan(0);
      expect($("[id$='editor-notes']").closest(".version").attr("lang"), lang).toBe("zh-Hans");
      expect($("[id$='translator-notes']").closest(".version").attr("lang"), lang).toBe("en");
      $(".note-ref").each((_, a) => {
        const target = $($(a).attr("href") ?? "");
        expect(target.length, $(a).attr("href")).toBe(1);
        expect(target.closest(".version").attr("lang")).toBe($(a).closest(".version").attr("lang"));
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
      const offsets = await page.evaluate(() => {
        const [zh, en] = [...document.querySelectorAll(".parallel-text > .version")].map((v) => [...v.querySelectorAll(":scope > .cell")]);
        const start = (cell: Element | undefined) => cell?.querySelector(":scope > :not(.pair-label, .version-skip)")?.getBoundingClientRect();
        return (zh ?? []).map((cell, i) => {
          const [a, b] = [start(cell), start(en?.[i])];
          return { id: cell.querySelector("[id]")?.id ?? "", dy: a && b ? Math.abs(a.top - b.top) : Infinity, dx: a && b ? b.left - a.right : 0 };
        });
      });
      expect(offsets.length).toBeGreaterThan(40);
      expect(offsets.filter((o) => o.dy > 2), lang).toEqual([]);
      expect(offsets.every((o) => o.dx > 16)).toBe(true);
      await page.close();
    }
  });

  it("stacks each pair at 390 px, each half labelled with its language", async () => {
    const page = await served.browser().newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(url("en/parallel/"));
    const pairs = await page.evaluate(() => {
      const [zh, en] = [...document.querySelectorAll(".parallel-text > .version")].map((v) => [...v.querySelectorAll<HTMLElement>(":scope > .cell:not(.cell-front, .cell-abstract, .cell-notes)")]);
      return (zh ?? []).map((a, i) => {
        const b = en?.[i];
        const label = (c: HTMLElement | undefined) => {
          const l = c?.querySelector<HTMLElement>(":scope > .pair-label");
          return l && l.getBoundingClientRect().height > 0 ? l.innerText : "";
        };
        // Stacked pair by pair: the English right under its Chinese, and the next Chinese under that.
        const next = zh?.[i + 1];
        const under = (lower: HTMLElement | undefined, upper: HTMLElement | undefined) => lower === undefined || upper === undefined || lower.getBoundingClientRect().top >= upper.getBoundingClientRect().bottom - 1;
        return { stacked: under(b, a) && under(next, b), labels: [label(a), label(b)] };
      });
    });
    expect(pairs.length).toBeGreaterThan(40);
    expect(pairs.filter((p) => !p.stacked)).toEqual([]);
    expect(new Set(pairs.map((p) => p.labels.join("|")))).toEqual(new Set(["ENGLISH|中文"]));
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

  it("reads one language at a time: two regions, each text's headings once, the other text's one level down", async () => {
    for (const lang of ["zh", "en"]) {
      const paper = loadPage(dist, `${lang}/index.html`);
      const other = lang === "zh" ? "en" : "zh";
      const otherPaper = loadPage(dist, `${other}/index.html`);
      const sections = (p: typeof paper) => p(".body :is(h2, h3)[id^='sec-']").map((_, h) => ({ name: p(h).attr("aria-label") ?? "", level: Number(h.tagName.slice(1)) })).get();
      const page = await served.browser().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(url(`${lang}/parallel/`));
      const tree = outline(await page.locator("main").ariaSnapshot());
      await page.close();
      // The accessibility tree: the two texts are regions named in their languages, the interface language's first.
      expect(tree.regions.slice(0, 2), lang).toEqual(lang === "zh" ? ["中文原文", "English translation"] : ["English translation", "中文原文"]);
      const [mine, theirs] = [tree.headings.filter((h) => h.region === tree.regions[0]), tree.headings.filter((h) => h.region === tree.regions[1])];
      // One h1, first: the page's title; the other text's title is an h2 opening its region.
      expect(tree.headings.filter((h) => h.level === 1).length, lang).toBe(1);
      expect(tree.headings[0]?.level, lang).toBe(1);
      expect(theirs[0]?.level, lang).toBe(2);
      // Each section heading is heard once per language, in the text it belongs to, never alternating.
      expect(mine.filter((h) => /^\d/.test(h.name)).map(({ name, level }) => ({ name, level })), lang).toEqual(sections(paper));
      expect(theirs.filter((h) => /^\d/.test(h.name)).map(({ name, level }) => ({ name, level })), lang).toEqual(sections(otherPaper).map((h) => ({ ...h, level: h.level + 1 })));
      // The language labels of the phone layout are not read out before every paragraph.
      expect(tree.text.filter((t) => t === "中文" || t === "English"), lang).toEqual([]);
    }
  });

  it("has a skip link from the first text to the second, shown when it has focus", async () => {
    const page = await served.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url("zh/parallel/"));
    const skip = page.locator(".version-skip");
    await expect.poll(() => skip.count()).toBe(1);
    expect(await skip.textContent()).toBe("跳到英文译文");
    expect(await skip.boundingBox()).toSatisfy((b: { x: number; width: number } | null) => b === null || b.x + b.width < 0);
    await skip.focus();
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.width > 20 && box.y >= 0).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/#version-en$/);
    // Tab goes on in the English text: its title's editorial mark.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".version")?.getAttribute("lang"))).toBe("en");
    await page.close();
  });

  it("lists its sections in the sticky bar, the notes, references, glossary and citation too, each leading to its heading", () => {
    for (const lang of ["zh", "en"]) {
      const $ = loadPage(dist, `${lang}/parallel/index.html`);
      const listed = $(".site-header .toc-bar a").map((_, a) => ($(a).attr("href") ?? "").slice(1)).get();
      const headings = $("main :is(h2, h3)[id]").map((_, h) => $(h).attr("id")).get();
      const primary = $(".parallel-text > .version").first();
      // Every section of the interface language's text, then what follows the body, in page order.
      const expected = [
        ...primary.find(":is(h2, h3)[id^='sec-']").map((_, h) => $(h).attr("id")).get(),
        ...headings.filter((id) => /(^|--)(editor-notes|translator-notes)-title$/.test(id)),
        "references-title",
        "glossary-title",
        "cite-title",
      ];
      expect(listed, lang).toEqual(expected);
      for (const id of listed) expect($(`[id="${id}"]`).length, `${lang} ${id}`).toBe(1);
      expect($(".version-jump a").map((_, a) => $(a).attr("href")).get(), lang).toEqual(lang === "zh" ? ["#version-zh", "#version-en"] : ["#version-en", "#version-zh"]);
    }
  });

  it("keeps the contents and the jump between the texts in reach on a phone, deep in the page", async () => {
    const page = await served.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url("en/parallel/"));
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.7));
    const summary = page.locator(".toc-bar summary");
    const box = await summary.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 120, JSON.stringify(box)).toBe(true);
    await summary.click();
    const entry = page.locator(".toc-bar a[href='#sec-2-1']");
    await entry.click();
    await page.waitForURL(/#sec-2-1$/);
    // The disclosure closes and the heading lands below the sticky bar, not under it.
    expect(await page.locator(".toc-bar details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const bar = await page.evaluate(() => document.querySelector(".site-header")!.getBoundingClientRect().bottom);
    const top = await page.evaluate(() => document.getElementById("sec-2-1")!.getBoundingClientRect().top);
    expect(top, `heading at ${top}, bar to ${bar}`).toBeGreaterThanOrEqual(bar - 1);
    expect(top).toBeLessThan(bar + 200);
    await page.locator(".version-jump a[href='#version-zh']").click();
    await page.waitForURL(/#version-zh$/);
    const front = await page.evaluate(() => document.getElementById("version-zh")!.getBoundingClientRect().top);
    expect(front).toBeGreaterThanOrEqual(bar - 1);
    await page.close();
  });

  it("has the paper pages' editorial marks, glossary and cite box with its PDF link", () => {
    for (const lang of ["zh", "en"]) {
      const $ = loadPage(dist, `${lang}/parallel/index.html`);
      const paper = loadPage(dist, `${lang}/index.html`);
      // The editorial title and keywords are marked in both texts, each mark in its language, leading to the colophon.
      expect($(".cell-front .editorial-mark").length, lang).toBe(paper(".front h1 .editorial-mark").length * 2);
      expect($(".cell-abstract .keywords .editorial-mark").length, lang).toBe(paper(".front .keywords .editorial-mark").length * 2);
      $(".editorial-mark").each((_, a) => expect($($(a).attr("href") ?? "").is("#colophon"), lang).toBe(true));
      expect($(".glossary tbody tr").length, lang).toBe(paper(".glossary tbody tr").length);
      expect($(".glossary tbody tr").length).toBeGreaterThan(5);
      expect($(".cite-paper .cite-text").text(), lang).toBe(paper(".cite-paper .cite-text").text());
      const pdf = $(".cite-paper a.pdf-link").attr("href") ?? "";
      expect(pdf, lang).toBe(`${base}${lang}/paper.pdf`);
      expect(existsSync(path.join(dist, pdf.slice(base.length)))).toBe(true);
    }
  });

  it("prints in two level columns with a running head, and no page ends with a heading or a label", async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "parallel-print-"));
    try {
      for (const lang of ["zh", "en"]) {
        const page = await served.browser().newPage();
        await page.goto(url(`${lang}/parallel/`));
        const headings = await page.$$eval(".parallel-text :is(h1, h2, h3, h4), .parallel > section :is(h2, h3)", (hs) => hs.map((h) => (h.textContent ?? "").replace(/[\s\u2060]+/g, "")));
        const file = path.join(tmp, `${lang}.pdf`);
        await page.pdf({ path: file, format: "A4" });
        await page.close();
        const pages = printedPages(file);
        expect(pages.length, lang).toBeGreaterThan(5);
        // The short title runs at the head of every page but the first (print.css, PrintRunningHead.astro).
        const head = lang === "zh" ? "互联网金融的业务模式与发展趋势" : "The Business Model and Development Trend of Internet Finance";
        for (const [i, lines] of pages.entries()) if (i > 0) expect(lines[0], `${lang} page ${i + 1}`).toBe(head);
        for (const [i, lines] of pages.entries()) {
          // Each column's last line on the page: the Chinese one and the English one (the two texts' lines interleave).
          const body = lines.slice(i > 0 ? 1 : 0);
          const lastOf = (zh: boolean) => body.findLast((l) => /\p{Script=Han}/u.test(l) === zh)?.replace(/\s+/g, "") ?? "";
          for (const last of [lastOf(true), lastOf(false)]) {
            if (last.length < 2) continue;
            expect(headings.filter((h) => h.endsWith(last)), `${lang} page ${i + 1} ends with “${last}”`).toEqual([]);
            expect(["中文", "ENGLISH", "English"], `${lang} page ${i + 1}`).not.toContain(last);
          }
        }
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

/** The outermost regions and the headings of an ARIA snapshot (playwright's YAML), each heading with its outermost region. */
function outline(snapshot: string): { regions: string[]; headings: { name: string; level: number; region: string }[]; text: string[] } {
  const regions: string[] = [];
  const headings: { name: string; level: number; region: string }[] = [];
  const text: string[] = [];
  const open: { indent: number; name: string }[] = [];
  for (const line of snapshot.split("\n")) {
    const indent = line.search(/\S/);
    while (open.length > 0 && (open.at(-1)?.indent ?? 0) >= indent) open.pop();
    const region = /^\s*- region "(.*)"/.exec(line);
    const heading = /- '?heading "(.*)" \[level=(\d)\]/.exec(line);
    const plain = /^\s*- text: (.*)$/.exec(line);
    if (region?.[1]) {
      // The texts' regions; the abstracts and notes are regions inside them.
      if (open.length === 0) regions.push(region[1]);
      open.push({ indent, name: region[1] });
    } else if (heading?.[1]) {
      headings.push({ name: heading[1], level: Number(heading[2]), region: open[0]?.name ?? "" });
    } else if (plain?.[1]) {
      text.push(plain[1].trim());
    }
  }
  return { regions, headings, text };
}

/** The lines of each page of a PDF, as pdftotext reads them in content order, without the page number at the foot. */
function printedPages(file: string): string[][] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1] ?? 0);
  return Array.from({ length: count }, (_, i) =>
    execFileSync("pdftotext", ["-raw", "-f", String(i + 1), "-l", String(i + 1), file, "-"], { encoding: "utf8" })
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !/^\d+ \/ \d+$/.test(l)),
  );
}
