// GFM, math, figures and tables in the content layer, numbered and cross-referenced at page time, in both languages.
import { describe, expect, it } from "vitest";
import { renderPaper } from "../../../support/paper-file.ts";

const FIGURE = "![A bar chart of users](./growth.png)\n(#fig-growth) Users by year.";
const TABLE = "| Year | Users |\n| ---- | ----: |\n| 2017 | 130 |\n\n(#tbl-users) Users and growth.";
const EQUATION = "$$\nQ = a - bP \\label{eq-demand}\n$$";

describe("GFM, explicitly", () => {
  it("renders tables, strikethrough and autolinks, and leaves a single tilde alone", async () => {
    const { $ } = await renderPaper("en", "## 7. A\n\n~~gone~~ 2013~2018 and https://example.org\n\n| a | b |\n| - | - |\n| 1 | 2 |\n");
    expect($("del").text()).toBe("gone");
    expect($("#sec-7-p1").text()).toContain("2013~2018");
    expect($('a[href="https://example.org"]').text()).toBe("https://example.org");
    expect($("div.table-scroll[role=region][tabindex=0] > table td").first().text()).toBe("1");
    expect($("div.table-scroll").attr("aria-label")).toBe("Table (scrolls sideways)");
  });

  it("labels footnotes in the page's language and links them both ways", async () => {
    for (const [lang, heading, back] of [
      ["zh", "注释", "返回注释 1 的引用处"],
      ["en", "Footnotes", "Back to the text of footnote 1"],
    ] as const) {
      const { $ } = await renderPaper(lang, "## 7. A\n\nText[^a].\n\n[^a]: The note.\n");
      expect($("section[data-footnotes] h2").text()).toBe(heading);
      expect($("section[data-footnotes] h2").hasClass("sr-only")).toBe(false);
      const ref = $("a[data-footnote-ref]");
      const note = $(ref.attr("href") ?? "");
      expect(note.text()).toContain("The note.");
      const backref = note.find("a[data-footnote-backref]");
      expect(backref.attr("aria-label")).toBe(back);
      expect(backref.attr("href")).toBe(`#${ref.attr("id")}`);
    }
  });
});

describe("equations", () => {
  it("renders TeX to MathML at build time, numbering labelled display equations", async () => {
    const { $, code } = await renderPaper("en", `## 7. A\n\nInline $x^2$ math.\n\n${EQUATION}\n\n$$\ny = 1\n$$\n\nBy [@eq-demand].\n`);
    expect($("#sec-7-p1 math msup").length).toBe(1);
    expect($("#eq-demand math[display=block]").length).toBe(1);
    expect($("#eq-demand .equation-number").text()).toBe("(1)");
    expect($(".equation").length).toBe(2);
    expect($(".equation").last().find(".equation-number").length).toBe(0);
    expect($('a.xref[href="#eq-demand"]').text()).toBe("Equation (1)");
    expect(code).not.toMatch(/\$|\\label|language-math/);
  });

  it("fails on TeX that does not parse, naming file and line", async () => {
    await expect(renderPaper("zh", "## 7. A\n\n段落。\n\n$$\n\\frac{a\n$$\n")).rejects.toThrow(/zh\.md:9: the TeX equation "\\frac\{a" does not parse/);
    await expect(renderPaper("zh", "## 7. A\n\n行内 $\\sqrt{$ 公式。\n")).rejects.toThrow(/zh\.md:7: the TeX math/);
  });
});

describe("figures and tables", () => {
  it("makes a captioned image a figure and a captioned table a table figure, numbered per language", async () => {
    for (const [lang, fig, tbl] of [
      ["zh", "图 1", "表 1"],
      ["en", "Figure 1", "Table 1"],
    ] as const) {
      const { $ } = await renderPaper(lang, `## 7. A\n\n${FIGURE}\n\n${TABLE}\n\nSee [@fig-growth] and [@tbl-users].\n`);
      // Astro's image pipeline replaces this placeholder with the optimized image (checked in tests/e2e/demo.test.ts).
      expect($("figure#fig-growth > img").attr("__astro_image_")).toContain('"alt":"A bar chart of users"');
      expect($("figure#fig-growth figcaption").text()).toBe(`${fig} Users by year.`);
      expect($("figure#tbl-users > figcaption").text()).toBe(`${tbl} Users and growth.`);
      const region = $("figure#tbl-users > div.table-scroll");
      expect(region.attr("role")).toBe("region");
      expect(region.attr("tabindex")).toBe("0");
      expect($(`#${region.attr("aria-labelledby")}`).text()).toContain(tbl);
      expect($('a.xref[href="#fig-growth"]').text()).toBe(fig);
      expect($('a.xref[href="#tbl-users"]').text()).toBe(tbl);
      // Captions are not paragraphs: the text after them is the section's first.
      expect($("#sec-7-p1").text()).toContain(`${fig}`);
    }
  });

  it("numbers each kind in order of appearance", async () => {
    const second = FIGURE.replaceAll("growth", "other").replace("./other.png", "./growth.png");
    const { $ } = await renderPaper("en", `## 7. A\n\n${FIGURE}\n\n## 8. B\n\n${second}\n\n[@fig-other] after [@fig-growth]; [@sec-8].\n`);
    expect($("#fig-other figcaption .caption-label").text()).toBe("Figure 2");
    expect($("#sec-8-p1").text()).toBe("Figure 2 after Figure 1; Section 8.");
  });

  it("in Chinese, a whole section is 第 3 节 and a subsection 3.1 节", async () => {
    const { $ } = await renderPaper("zh", "## 3. 甲\n\n### 3.1. 乙\n\n见[@sec-3]与[@sec-3-1]。\n");
    expect($("#sec-3-1-p1").text()).toBe("见第 3 节与3.1 节。");
  });

  it("fails on an image without alt text, a missing image, a stray caption and a duplicate id, naming file and line", async () => {
    await expect(renderPaper("en", "## 7. A\n\n![](./growth.png)\n(#fig-a) Caption.\n")).rejects.toThrow(/en\.md:7: the image "\.\/growth\.png" has no alt text/);
    await expect(renderPaper("en", "## 7. A\n\n![A chart](./nothere.png)\n(#fig-a) Caption.\n")).rejects.toThrow(/en\.md:7: the image "\.\/nothere\.png" is not there/);
    await expect(renderPaper("en", "## 7. A\n\nText.\n\n(#tbl-a) Caption.\n")).rejects.toThrow(/en\.md:9: the caption label "\(#tbl-a\)" belongs to nothing/);
    // A table without its "| --- |" row is a paragraph to Markdown: the error is at the table, saying why.
    await expect(renderPaper("en", "## 7. A\n\n| Year | Users |\n| 2017 | 130 |\n\n(#tbl-a) Caption.\n")).rejects.toThrow(
      /en\.md:7: this table has no "\| --- \|" row under its header row, so Markdown reads it as a paragraph and its caption "\(#tbl-a\)" belongs to nothing\./,
    );
    await expect(renderPaper("en", `## 7. A\n\n${FIGURE}\n\n${FIGURE}\n`)).rejects.toThrow(/en\.md:10: the id "fig-growth" is already used at .*en\.md:7/);
    await expect(renderPaper("en", "## 7. A\n\n![A chart](./growth.png)\n(#growth) Caption.\n")).rejects.toThrow(/en\.md:7: the figure label "\(#growth\)" must be/);
  });
});

describe("cross-references", () => {
  it("fails on a reference to nothing, or one mixed with citations, naming file and line", async () => {
    await expect(renderPaper("zh", "## 7. A\n\n段落。\n\n见[@fig-none]。\n")).rejects.toThrow(/zh\.md:9: the cross-reference "@fig-none" names no figure/);
    await expect(renderPaper("zh", "## 7. A\n\n见[@sec-9]。\n")).rejects.toThrow(/zh\.md:7: the cross-reference "@sec-9" names no section/);
    // A slip of the keyboard is answered with the nearest label on the page.
    await expect(renderPaper("zh", "## 7. A\n\n见[@sec-77]。\n")).rejects.toThrow(/zh\.md:7: the cross-reference "@sec-77" names no section in this file\. Did you mean "sec-7"\?/);
    await expect(renderPaper("en", `## 7. A\n\n${FIGURE}\n\nSee [@fig-growth; @ref01].\n`)).rejects.toThrow(/en\.md:10: "\[@fig-growth; @ref01\]" mixes cross-references and citations/);
  });

  it("never looks reserved keys up in the bibliography, and joins several in one group", async () => {
    const { $, metadata } = await renderPaper("zh", `## 7. A\n\n${EQUATION}\n\n${TABLE}\n\n见[@eq-demand; @tbl-users]与文献[@ref01]。\n`);
    expect($("#sec-7-p1").text()).toMatch(/^见式 \(1\)、表 1与文献\[1\]/);
    expect($("#references li")).toHaveLength(1);
    const structure = metadata.frontmatter["structure"] as { paragraphs: { cites: string[] }[]; elements: { id: string }[] }[];
    expect(structure[0]?.paragraphs[0]?.cites).toEqual(["ref01"]);
    expect(structure[0]?.elements.map((e) => e.id)).toEqual(["eq-demand", "tbl-users"]);
  });
});
