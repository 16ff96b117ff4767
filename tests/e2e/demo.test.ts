// The demo paper (tests/fixtures/demo, MDX in both languages) built under a nested base: every authoring feature, checked on the built pages.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { foreignLines, warningLines } from "./support/build-log.ts";
import { demoProject } from "./support/demo-project.ts";
import type { FixtureProject } from "./support/fixture-project.ts";
import { describe as describeNu, nuErrors } from "./support/nu-checker.ts";
import { htmlFiles, loadPage } from "./support/site.ts";
import { useBuiltSite } from "./support/built-site.ts";
import { pageTexts, pdfFonts } from "../support/pdf.ts";
import { paperUnits } from "../../src/lib/translation/units.ts";

const BASE = "/deep/nested/";
let project: FixtureProject;
let dist: string;
let buildOutput = "";
const pages: Record<"zh" | "en", CheerioAPI> = {} as Record<"zh" | "en", CheerioAPI>;

beforeAll(() => {
  project = demoProject();
  // With the PDFs: the demo is the paper with equations.
  const { status, output } = project.build({ SITE_URL: "https://example.github.io", BASE_PATH: BASE, BUILD_PDF: "1" });
  expect(status, output).toBe(0);
  buildOutput = output;
  dist = path.join(project.dir, "dist");
  pages.zh = loadPage(dist, "zh/index.html");
  pages.en = loadPage(dist, "en/index.html");
});
afterAll(() => project?.dispose());

describe("the demo's build log", () => {
  // Astro's and Vite's own warnings about our setup (the MDX head-inject directive, Shiki under the CSP) are silenced
  // or avoided in astro.config.mjs; Node's punycode deprecation is avoided by src/integrations/npm-punycode.ts.
  it("has no warning line (Astro's [WARN], Vite's (!), Node's (node:…) …Warning)", () => {
    expect(warningLines(buildOutput)).toEqual([]);
  });

  it("has Astro's lines only", () => {
    expect(foreignLines(buildOutput)).toEqual([]);
  });
});

const LABELS = {
  zh: { fig: "图 1", tbl: "表 1", eq1: "式 (1)", eq2: "式 (2)", sec: "2.1 节", footnotes: "注释" },
  en: { fig: "Figure 1", tbl: "Table 1", eq1: "Equation (1)", eq2: "Equation (2)", sec: "Section 2.1", footnotes: "Footnotes" },
} as const;

describe("the demo paper, in both languages", () => {
  it("has its figure as optimized images at every width, with width and height, and a numbered caption", () => {
    for (const lang of ["zh", "en"] as const) {
      const $ = pages[lang];
      const img = $("figure#fig-growth > img");
      expect(img.attr("alt"), lang).toBeTruthy();
      expect(Number(img.attr("width"))).toBeGreaterThan(0);
      expect(Number(img.attr("height"))).toBeGreaterThan(0);
      const candidates = (img.attr("srcset") ?? "").split(",").map((c) => c.trim().split(/\s+/));
      expect(candidates.length).toBeGreaterThanOrEqual(3);
      expect(img.attr("sizes")).toBe("(min-width: 62rem) 42rem, calc(100vw - 2.5rem)");
      for (const [url, width] of [...candidates, [img.attr("src") ?? "", "src"]]) {
        expect(url, `${lang} ${width}`).toMatch(new RegExp(`^${BASE}_astro/.+\\.webp$`));
        expect(existsSync(path.join(dist, (url ?? "").slice(BASE.length))), url).toBe(true);
      }
      expect($("figure#fig-growth figcaption .caption-label").text()).toBe(LABELS[lang].fig);
    }
  });

  it("puts each table in a labelled, keyboard-focusable scroll region under a numbered caption", () => {
    for (const lang of ["zh", "en"] as const) {
      const $ = pages[lang];
      const region = $("figure#tbl-users > .table-scroll");
      expect(region.attr("role")).toBe("region");
      expect(region.attr("tabindex")).toBe("0");
      expect($(`#${region.attr("aria-labelledby")}`).text()).toMatch(new RegExp(`^${LABELS[lang].tbl} `));
      expect(region.find("table tbody tr")).toHaveLength(3);
    }
  });

  it("renders every equation as MathML, numbered, with no TeX left", () => {
    for (const lang of ["zh", "en"] as const) {
      const $ = pages[lang];
      expect($(".body math").length).toBeGreaterThanOrEqual(3);
      expect($("#eq-demand math[display=block]")).toHaveLength(1);
      expect($("#eq-demand .equation-number").text()).toBe("(1)");
      expect($("#eq-supply .equation-number").text()).toBe("(2)");
      const text = $(".body").text();
      expect(text).not.toMatch(/\$|\\label|\\frac|\{eq-/);
      // No client script or web font is needed for math.
      expect($('script[src*="temml"], script[src*="katex"], link[href*="katex"], link[href*="temml"]')).toHaveLength(0);
    }
  });

  it("links footnotes both ways, labelled in the page's language", () => {
    for (const lang of ["zh", "en"] as const) {
      const $ = pages[lang];
      expect($("section[data-footnotes] h2").text()).toBe(LABELS[lang].footnotes);
      const ref = $("a[data-footnote-ref]");
      expect(ref).toHaveLength(1);
      const note = $((ref.attr("href") ?? "").replace(/^#/, "#"));
      expect(note.length).toBe(1);
      expect(note.find("a[data-footnote-backref]").attr("href")).toBe(`#${ref.attr("id")}`);
      expect(note.find("a[data-footnote-backref]").attr("aria-label")).not.toMatch(lang === "zh" ? /Back/ : /返回/);
    }
  });

  // Components and table cells have no anchor of their own; these kinds do, and the status must use it.
  it("names its footnotes, headings, paragraphs and equations in the translation status by their ids on the page", () => {
    for (const lang of ["zh", "en"] as const) {
      const $ = pages[lang];
      const units = paperUnits(readFileSync(path.join(project.dir, `content/paper/${lang}.mdx`), "utf8"), { mdx: true });
      const ids = units.filter((u) => ["footnote", "heading", "paragraph", "equation"].includes(u.kind)).map((u) => u.id);
      expect(ids).toContain("fn-scope");
      expect(ids.filter((id) => $(`[id="${id}"]`).length !== 1), lang).toEqual([]);
      // The note's reference links to that id, and the note back to the reference.
      expect($("a[data-footnote-ref]").attr("href")).toBe("#fn-scope");
      expect($("#fn-scope a[data-footnote-backref]").attr("href")).toBe("#fnref-scope");
    }
  });

  it("resolves every cross-reference to the right element on its own page, in its language", () => {
    for (const lang of ["zh", "en"] as const) {
      const $ = pages[lang];
      const xrefs = $("a.xref");
      expect(xrefs.length).toBe(11);
      const expected: Record<string, string> = {
        "#fig-growth": LABELS[lang].fig,
        "#tbl-users": LABELS[lang].tbl,
        "#eq-demand": LABELS[lang].eq1,
        "#eq-supply": LABELS[lang].eq2,
        "#sec-2-1": LABELS[lang].sec,
      };
      xrefs.each((_, el) => {
        const href = $(el).attr("href") ?? "";
        expect($(el).text(), href).toBe(expected[href]);
        expect($(href).length, href).toBe(1);
      });
      expect($(".body").text()).not.toMatch(/\[@|@fig-|@tbl-|@eq-|@sec-/);
      // Reserved keys are not references: the list holds the one real work.
      expect($("#references li")).toHaveLength(1);
    }
  });

  it("gives both languages the same figures, tables and equations in the same order", () => {
    const ids = ($: CheerioAPI) => $("figure[id], .equation[id]").map((_, el) => $(el).attr("id")).get();
    expect(ids(pages.zh)).toEqual(["fig-growth", "eq-demand", "eq-supply", "tbl-users"]);
    expect(ids(pages.en)).toEqual(ids(pages.zh));
  });

  it("is valid HTML on every page (Nu HTML Checker): figures, table regions and MathML included", () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(describeNu(nuErrors(files), dist)).toEqual([]);
  });

  it("has GFM strikethrough and autolinks, and the MDX component used without an import", () => {
    for (const lang of ["zh", "en"] as const) {
      const $ = pages[lang];
      expect($(".body del")).toHaveLength(1);
      expect($('.body a[href="https://example.org"]')).toHaveLength(1);
      expect($(".body .paper-aside")).toHaveLength(1);
    }
  });
});

describe("the demo paper in Chromium", () => {
  const served = useBuiltSite({ dist: () => dist, base: BASE });

  it("passes axe-core on both pages, light and dark, phone and desktop (figures, table regions, MathML, footnotes)", async () => {
    for (const lang of ["zh", "en", "zh/parallel"]) {
      for (const scheme of ["light", "dark"] as const) {
        for (const width of [390, 1280]) {
          const page = await served.browser().newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
          await page.goto(served.url(`${lang}/`));
          expect(await axeViolations(page), `${lang} (${scheme}, ${width}px)`).toEqual([]);
          await page.close();
        }
      }
    }
  });

  it("lays out at 390 and 1280 px without the page scrolling sideways; screenshots in tests/.tmp/", async () => {
    mkdirSync("tests/.tmp", { recursive: true });
    for (const width of [390, 1280]) {
      for (const lang of ["zh", "en"] as const) {
        const page = await served.browser().newPage({ viewport: { width, height: 900 } });
        await page.goto(served.url(`${lang}/#sec-2`));
        const img = page.locator("#fig-growth img");
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
        const box = await img.boundingBox();
        expect(box?.width ?? 0).toBeLessThanOrEqual(width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // The table's region can take focus (keyboard scrolling) and is announced by its caption.
        await page.locator("#tbl-users .table-scroll").focus();
        expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"))).toBe("tbl-users-caption");
        await page.screenshot({ path: `tests/.tmp/demo-${lang}-${width}.png`, fullPage: true });
        await page.close();
      }
    }
  });
});

describe("the demo's PDFs", () => {
  const pdf = (lang: string) => path.join(dist, lang, "paper.pdf");

  it("print the maths in Noto Sans Math, embedded as TrueType, and use no nameless Type 3 font", () => {
    for (const lang of ["zh", "en"] as const) {
      const fonts = pdfFonts(pdf(lang));
      expect(fonts.filter((f) => f.type === "Type 3"), lang).toEqual([]);
      const math = fonts.filter((f) => /NotoSansMath/.test(f.name));
      expect(math.length, lang).toBeGreaterThan(0);
      for (const f of math) expect(f, `${lang} ${f.name}`).toMatchObject({ type: "CID TrueType", embedded: true });
    }
  });

  it("zh: sets English entries with Latin punctuation: an apostrophe is not a full-width one (“Paper’ s”)", () => {
    const text = pageTexts(pdf("zh")).join("\n");
    expect(text).toContain("Demo Paper’s Tests");
    expect(text).not.toMatch(/\p{Script=Latin}[’'] s\b/u);
  });
});

describe("Markdown and MDX", () => {
  it("give the same article for the same text (the demo without its MDX component, as .md)", () => {
    const md = demoProject();
    try {
      for (const lang of ["zh", "en"]) {
        const text = md.read(`content/paper/${lang}.mdx`).replace(/^<Aside.*\n\n?/m, "");
        md.remove(`content/paper/${lang}.mdx`);
        md.write(`content/paper/${lang}.md`, text);
      }
      const { status, output } = md.build({ SITE_URL: "https://example.github.io", BASE_PATH: BASE });
      expect(status, output).toBe(0);
      for (const lang of ["zh", "en"] as const) {
        const fromMd = loadPage(path.join(md.dir, "dist"), `${lang}/index.html`);
        const mdx = pages[lang](".body").clone();
        mdx.find(".paper-aside").remove();
        // Astro's two image paths (Markdown's and MDX's <Image>) order attributes differently, and only
        // <Image> states its default fit (part of each file's hash); the images (widths, sizes, format) must be the same.
        const unhashed = (value: string) => value.replace(/_[\w-]+\.webp/g, ".webp");
        const imageAttributes = ($: CheerioAPI) =>
          $("img")
            .toArray()
            .map((img) =>
              Object.entries(img.attribs)
                .filter(([name]) => name !== "data-astro-image-fit")
                .map(([name, value]) => [name, unhashed(value)])
                .sort(),
            );
        expect(imageAttributes(fromMd), lang).toEqual(imageAttributes(pages[lang]));
        fromMd("img").remove();
        mdx.find("img").remove();
        // (Where the aside stood, one line break is left.)
        const lines = (html: string | null) => (html ?? "").replace(/\n+/g, "\n");
        expect(lines(fromMd(".body").html()), lang).toBe(lines(mdx.html()));
      }
    } finally {
      md.dispose();
    }
  });
});
