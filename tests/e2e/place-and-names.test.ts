// Finding one's way in Chromium: the skip link on top when focused, headings named by their visible text, the language switch keeping the place.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useBuiltSite } from "./support/built-site.ts";
import { breaksInsideWords } from "./support/measure.ts";
import { keptTogether, loadGlossary } from "../../src/lib/inputs/glossary.ts";

const site = useBuiltSite();
/** The glossary's Chinese terms, which Intl.Segmenter splits (蚂蚁金|服) but the pages keep whole. */
const KEPT = keptTogether(loadGlossary(process.cwd()));

async function open(path: string, width: number): Promise<Page> {
  const page = await site.browser().newPage({ viewport: { width, height: 844 } });
  await page.goto(site.url(path));
  return page;
}

describe("skip link", () => {
  for (const width of [320, 390, 1280]) {
    it(`is visible and on top of the sticky header when focused, at ${width} px`, async () => {
      for (const path of ["zh/", "en/", "zh/parallel/"]) {
        const page = await open(path, width);
        await page.keyboard.press("Tab");
        const seen = await page.evaluate(() => {
          const link = document.activeElement as HTMLElement;
          const box = link.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return { cls: link.className, inView: box.left >= 0 && box.top >= 0 && box.right <= innerWidth, onTop: link.contains(hit) };
        });
        expect(seen, path).toEqual({ cls: "skip-link", inView: true, onTop: true });
        await page.close();
      }
    });
  }
});

/** Every heading's accessible name (Chromium's accessibility tree) beside its text without badges and marks. */
async function headingNames(page: Page): Promise<{ name: string; text: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number; ignored?: boolean }[];
  };
  const result: { name: string; text: string }[] = [];
  for (const node of nodes) {
    if (node.ignored || node.role?.value !== "heading" || node.backendDOMNodeId === undefined) continue;
    const { object } = (await cdp.send("DOM.resolveNode", { backendNodeId: node.backendDOMNodeId })) as { object: { objectId: string } };
    const { result: text } = (await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const copy = this.cloneNode(true);
        for (const mark of copy.querySelectorAll(".counterpart, .editorial-mark")) mark.remove();
        return copy.textContent;
      }`,
    })) as { result: { value: string } };
    const clean = (s: string) => s.replace(/[\u2060\s]+/gu, " ").trim();
    result.push({ name: clean(node.name?.value ?? ""), text: clean(text.value) });
  }
  return result;
}

describe("headings", () => {
  it("are named by their visible text, without the counterpart badge or the editorial mark", async () => {
    for (const path of ["zh/", "en/", "zh/parallel/", "en/parallel/", ""]) {
      const page = await open(path, 1280);
      const headings = await headingNames(page);
      expect(headings.length, path).toBeGreaterThan(path === "" ? 0 : 10);
      // Case aside: Chromium names a heading by its rendered text, uppercased where the style says so (CONTENTS).
      for (const h of headings) expect(h.name.toLowerCase(), `${path}: “${h.text}”`).toBe(h.text.toLowerCase());
      await page.close();
    }
  });

  it("badges and marks carry their visible label in their name (label in name)", async () => {
    for (const path of ["zh/", "en/"]) {
      const page = await open(path, 1280);
      const links = await page.$$eval(".body .counterpart, .editorial-mark", (as) =>
        as.map((a) => ({ visible: getComputedStyle(a, "::after").content.replace(/^"|"$/g, "") + a.textContent, name: a.getAttribute("aria-label") ?? a.textContent ?? "" })),
      );
      expect(links.length).toBeGreaterThan(10);
      for (const link of links) expect(link.name, path).toContain(link.visible.replace(/^none/, ""));
      await page.close();
    }
  });
});

/** Scrolls so that the element's top sits `offset` px below the sticky header's bottom, and reads where the switch points. */
async function switchTargetWith(page: Page, id: string, offset: number): Promise<string> {
  await page.evaluate(
    ([id, offset]) => {
      const header = document.querySelector(".site-header")!.getBoundingClientRect().bottom;
      const el = document.getElementById(id as string)!;
      scrollBy(0, el.getBoundingClientRect().top - header - (offset as number));
    },
    [id, offset] as const,
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return new URL(await page.$eval("[data-lang-switch]", (a) => (a as HTMLAnchorElement).href)).hash;
}

describe("language switch", () => {
  for (const width of [390, 1280]) {
    it(`points at the paragraph just under the sticky header, and lands on it under the header, at ${width} px`, async () => {
      const page = await open("zh/", width);
      const visible = await page.evaluate(() => innerHeight - document.querySelector(".site-header")!.getBoundingClientRect().bottom);
      // The paragraph starts at the header, or a little above or below it: it is the one being read.
      const height = await page.$eval("#sec-4-2-p3", (p) => p.getBoundingClientRect().height);
      for (const offset of [0, -0.3 * height, 0.15 * visible]) expect(await switchTargetWith(page, "sec-4-2-p3", offset), `offset ${offset}`).toBe("#sec-4-2-p3");
      // Most of the window still shows the paragraph before: that one is being read, or its heading while in view.
      expect(await switchTargetWith(page, "sec-4-2-p3", 0.6 * visible)).toMatch(/^#sec-4-2(-p2)?$/);
      await switchTargetWith(page, "sec-4-2-p3", 0);
      await Promise.all([page.waitForURL(/\/en\/#sec-4-2-p3$/), page.click("[data-lang-switch]")]);
      const landed = await page.evaluate(() => {
        const header = document.querySelector(".site-header")!.getBoundingClientRect().bottom;
        return document.getElementById("sec-4-2-p3")!.getBoundingClientRect().top - header;
      });
      expect(landed).toBeGreaterThanOrEqual(0);
      expect(landed).toBeLessThan(40);
      await page.close();
    });
  }

  it("from each back-matter section points at the same section of the other version", async () => {
    const page = await open("en/", 1280);
    for (const id of ["references", "editor-notes", "glossary", "cite", "colophon"]) {
      expect(await switchTargetWith(page, id, 0), id).toBe(`#${id}`);
    }
    // The translator's notes exist on the translation only: the switch points at the section before them.
    expect(await switchTargetWith(page, "translator-notes", 0)).toBe("#references");
    await page.close();
    const zh = await open("zh/", 1280);
    for (const id of ["references", "editor-notes", "glossary", "cite"]) expect(await switchTargetWith(zh, id, 0), id).toBe(`#${id}`);
    await zh.close();
  });
});

describe("the glossary table", () => {
  for (const width of [320, 390, 1280]) {
    it(`never breaks a Chinese term inside, at ${width} px`, async () => {
      let cells = 0;
      for (const path of ["zh/", "en/"]) {
        const page = await open(path, width);
        cells += await page.locator(".glossary td:lang(zh)").count();
        expect(await breaksInsideWords(page, ".glossary td:lang(zh)", "zh", KEPT), path).toEqual([]);
        await page.close();
      }
      expect(cells).toBeGreaterThan(20);
    });
  }
});

describe("Download PDF", () => {
  it("is offered right after the front matter on each paper page, in the page's language", async () => {
    for (const [path, label] of [["zh/", "下载 PDF"], ["en/", "Download PDF"]] as const) {
      const page = await open(path, 390);
      const link = page.locator("main .front + .pdf-download a");
      expect(await link.getAttribute("href")).toBe(`${site.base}${path}paper.pdf`);
      expect((await link.innerText()).trim()).toBe(label);
      // Within the first two screens of a phone, not at the foot of the page.
      expect((await link.boundingBox())?.y ?? Infinity).toBeLessThan(2 * 844);
      await page.close();
    }
  });
});

describe("order and names", () => {
  it("every page has one h1, its first heading (the contents title is no heading before it)", async () => {
    for (const path of ["zh/", "en/", "zh/parallel/", "en/parallel/", "", "404.html"]) {
      for (const width of [390, 1280]) {
        const page = await open(path, width);
        expect(await page.$eval("h1, h2, h3, h4, h5, h6", (h) => h.tagName), `${path} at ${width}`).toBe("H1");
        expect(await page.locator("h1").count(), `${path} at ${width}`).toBe(1);
        await page.close();
      }
    }
  });

  it("a note mark's name starts with the mark it shows ([编1] is 编1：编者更正 1)", async () => {
    for (const path of ["zh/", "en/", "zh/parallel/"]) {
      const page = await open(path, 1280);
      const marks = await page.$$eval(".note-ref", (as) =>
        as.map((a) => ({ shown: getComputedStyle(a, "::after").content, mark: (a as HTMLElement).dataset["mark"] ?? "", name: a.getAttribute("aria-label") ?? "" })),
      );
      expect(marks.length, path).toBeGreaterThan(3);
      for (const m of marks) {
        // What CSS draws from data-mark, in brackets: "[编1]".
        expect(m.shown, path).toBe(`"[${m.mark}]"`);
        expect(m.name.startsWith(m.mark), `${path}: “${m.name}” for [${m.mark}]`).toBe(true);
        expect(m.name.length).toBeGreaterThan(m.mark.length + 2);
      }
      await page.close();
    }
  });

  it("each note's back-link has a name of its own", async () => {
    for (const path of ["zh/", "en/"]) {
      const page = await open(path, 1280);
      const names = await page.$$eval(".notes .backref", (as) => as.map((a) => a.getAttribute("aria-label")));
      expect(names.length, path).toBeGreaterThan(6);
      expect(new Set(names).size, path).toBe(names.length);
      await page.close();
    }
  });

  it("the phone's contents toggle shows a focus ring of the accent colour", async () => {
    const page = await open("zh/", 390);
    await page.focus(".toc-narrow summary");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const outline = await page.$eval(".toc-narrow summary", (s) => getComputedStyle(s).outlineStyle + " " + getComputedStyle(s).outlineWidth);
    expect(outline).toBe("solid 2px");
    await page.close();
  });
});
