// A rebuild that keeps every cache (node_modules/.astro, .vite, .cache) still shows each change to the code
// behind a cached output: an interface label the content layer writes into the Markdown, the card's size and design.
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";
import { readPng, type Png } from "./support/png.ts";
import { loadPage } from "./support/site.ts";

let project: FixtureProject;

/**
 * A footnote, a figure and a table without a caption at the end of each paper: the content layer writes
 * the footnotes' heading and the table's region label, page time the figure's number.
 */
const ADDED = {
  zh: "增加一个带脚注的段落[^cache]。\n\n[^cache]: 缓存测试的脚注。\n\n![柱状图：用户数逐年增长](./growth.png)\n(#fig-growth) 用户数（单位：百万）。\n\n| 年份 | 用户（百万） |\n| ---- | -----------: |\n| 2017 | 130 |\n",
  en: "A paragraph with a footnote.[^cache]\n\n[^cache]: A footnote for the cache test.\n\n![Bar chart: users grow every year](./growth.png)\n(#fig-growth) Users (millions).\n\n| Year | Users (millions) |\n| ---- | ---------------: |\n| 2017 | 130 |\n",
} as const;

function build(): void {
  const run = project.build();
  expect(run.status, run.output.slice(-3000)).toBe(0);
}

const page = (lang: "zh" | "en") => loadPage(path.join(project.dir, "dist"), `${lang}/index.html`);
const card = (): Png => readPng(readFileSync(path.join(project.dir, "dist/og/zh.png")));

/** What the labels and the card look like in the last build. */
function seen() {
  const zh = page("zh");
  const en = page("en");
  const png = card();
  return {
    footnotesZh: zh("section[data-footnotes] h2").text(),
    footnotesEn: en("section[data-footnotes] h2").text(),
    tableRegion: zh(".table-scroll").attr("aria-label"),
    figure: zh("figure figcaption").text(),
    cardWidth: png.width,
    // The accent bar down the card's left edge.
    accent: png.colourAt(8, Math.floor(png.height / 2)),
  };
}

let before: ReturnType<typeof seen>;
let afterLabelsAndSize: ReturnType<typeof seen>;
let afterDesign: ReturnType<typeof seen>;

beforeAll(() => {
  project = fixtureProject();
  copyFileSync("tests/fixtures/demo/content/paper/growth.png", path.join(project.dir, "content/paper/growth.png"));
  for (const lang of ["zh", "en"] as const) project.edit(`content/paper/${lang}.md`, (t) => `${t.trimEnd()}\n\n${ADDED[lang]}`);
  build();
  before = seen();
  // Labels the content layer renders into the cached Markdown, one used at page time, and the card's size.
  project.edit("src/lib/i18n/dictionaries/zh.ts", (t) =>
    t
      .replace('footnotes: "注释",', 'footnotes: "注释（新）",')
      .replace('tableRegion: "表格（可横向滚动）",', 'tableRegion: "表格区（新）",')
      .replace("figureLabel: (n: number) => `图 ${n}`,", "figureLabel: (n: number) => `插图 ${n}`,"),
  );
  project.edit("src/lib/i18n/dictionaries/en.ts", (t) => t.replace('footnotes: "Footnotes",', 'footnotes: "Notes (new)",'));
  project.edit("src/lib/cards/social-meta.ts", (t) => t.replace("export const CARD_WIDTH = 1200;", "export const CARD_WIDTH = 1000;"));
  build();
  afterLabelsAndSize = seen();
  // A design constant of the renderer itself, on its own, so the build above tested the size alone.
  project.edit("src/lib/cards/social-card.ts", (t) => t.replace('accent: "#0f5e63",', 'accent: "#8a1c2b",'));
  build();
  afterDesign = seen();
}, 300_000);

afterAll(() => project?.dispose());

describe("a rebuild with the caches kept follows the code", () => {
  it("the first build shows the original labels and card", () => {
    expect(before).toEqual({
      footnotesZh: "注释",
      footnotesEn: "Footnotes",
      tableRegion: "表格（可横向滚动）",
      figure: expect.stringContaining("图 1"),
      cardWidth: 1200,
      accent: "#0f5e63",
    });
  });

  it("shows interface labels changed in src/lib/i18n/dictionaries/, whether the content layer or the page renders them", () => {
    expect(afterLabelsAndSize).toMatchObject({
      footnotesZh: "注释（新）",
      footnotesEn: "Notes (new)",
      tableRegion: "表格区（新）",
      figure: expect.stringContaining("插图 1"),
    });
  });

  it("renders the social cards again when their size (social-meta.ts) or design (social-card.ts) changes", () => {
    expect(afterLabelsAndSize.cardWidth).toBe(1000);
    expect(afterDesign).toMatchObject({ cardWidth: 1000, accent: "#8a1c2b" });
  });
});
