// A new author's paper with a long display equation and an 8-column table: on phones they scroll in their own box, in print the table is whole.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { FixtureProject } from "./support/fixture-project.ts";
import { COLUMNS, DOI, ROWS, wideProject } from "./support/wide-project.ts";
import { useBuiltSite } from "./support/built-site.ts";

const BASE = "/wide/";
let project: FixtureProject;
beforeAll(() => {
  project = wideProject();
  const { status, output } = project.build({ SITE_URL: "https://example.github.io", BASE_PATH: BASE, BUILD_PDF: "1" });
  expect(status, output).toBe(0);
});
afterAll(() => project?.dispose());

const site = useBuiltSite({ dist: () => path.join(project.dir, "dist"), base: BASE });

async function open(route: string, width: number): Promise<Page> {
  const page = await site.browser().newPage({ viewport: { width, height: 844 } });
  await page.goto(site.url(route));
  return page;
}

describe("display equations on narrow screens", () => {
  for (const width of [320, 390]) {
    it(`scroll inside their own box, the number never over the formula, at ${width} px`, async () => {
      for (const route of ["zh/", "en/"]) {
        const page = await open(route, width);
        const eq = await page.$eval("#eq-panel", (el) => {
          const math = el.querySelector("math")!;
          const number = el.querySelector(".equation-number")!.getBoundingClientRect();
          const box = math.getBoundingClientRect();
          // The formula's pieces as painted (clipped by its box when it scrolls): none may reach into the number.
          const ink = [...math.querySelectorAll("mrow, mi, mo, mn, msub")].map((n) => n.getBoundingClientRect());
          const clip = getComputedStyle(math).overflowX === "visible" ? Infinity : box.right;
          const overlaps = ink.some((r) => r.width > 0 && Math.min(r.right, clip) > number.left + 0.5 && r.left < number.right - 0.5);
          return {
            mathScrolls: math.scrollWidth > math.clientWidth + 1 && ["auto", "scroll"].includes(getComputedStyle(math).overflowX),
            numberInView: number.right <= innerWidth + 0.5 && number.left >= box.right - 0.5,
            overlaps,
            pageOverflow: document.documentElement.scrollWidth > innerWidth,
          };
        });
        expect(eq, route).toEqual({ mathScrolls: true, numberInView: true, overlaps: false, pageOverflow: false });
        // Scrolled to its end, the formula still stops short of the number.
        const scrolled = await page.$eval("#eq-panel", (el) => {
          const math = el.querySelector("math")!;
          math.scrollLeft = math.scrollWidth;
          const number = el.querySelector(".equation-number")!.getBoundingClientRect();
          const clip = getComputedStyle(math).overflowX === "visible" ? Infinity : math.getBoundingClientRect().right;
          return [...math.querySelectorAll("mi, mo, mn")].map((n) => n.getBoundingClientRect()).filter((r) => r.width > 0 && Math.min(r.right, clip) > number.left + 0.5 && r.left < number.right).length;
        });
        expect(scrolled, route).toBe(0);
        await page.close();
      }
    });
  }
});

describe("a wide table", () => {
  it("shows on screen that it scrolls (a shadow at the clipped edge)", async () => {
    const page = await open("en/", 390);
    const cue = await page.$eval("#tbl-wide .table-scroll", (el) => ({ scrolls: el.scrollWidth > el.clientWidth, background: getComputedStyle(el).backgroundImage }));
    expect(cue.scrolls).toBe(true);
    expect(cue.background).toMatch(/gradient/);
    await page.close();
  });

  it("prints every column in both PDFs", () => {
    for (const lang of ["zh", "en"]) {
      const text = execFileSync("pdftotext", ["-layout", path.join(project.dir, "dist", lang, "paper.pdf"), "-"], { encoding: "utf8" });
      // Word by word: a cell may wrap on paper.
      for (const word of [...COLUMNS, ...ROWS.flat()].flatMap((cell) => cell.split(" "))) expect(text, `${lang}: ${word}`).toContain(word);
    }
  });
});

describe("the PDFs", () => {
  const pdf = (lang: string) => path.join(project.dir, "dist", lang, "paper.pdf");
  const text = (lang: string) => execFileSync("pdftotext", ["-layout", pdf(lang), "-"], { encoding: "utf8" });

  it("embed every font as a real font: no Type 3, maths included", () => {
    for (const lang of ["zh", "en"]) expect(execFileSync("pdffonts", [pdf(lang)], { encoding: "utf8" }), lang).not.toMatch(/Type 3/);
  });

  it("print each DOI once and no ↩ back-links", () => {
    for (const lang of ["zh", "en"]) {
      const printed = text(lang).replace(/\s+/g, "");
      expect(printed.split(DOI).length - 1, lang).toBe(1);
      expect(printed, lang).not.toContain("↩");
    }
  });
});
