import { describe, expect, it } from "vitest";
import { blockCount, pairBlocks } from "../../../src/lib/parallel/pair-blocks.ts";

const zh =
  '<h2 id="sec-1">1. 引言<a class="counterpart" href="../en/#sec-1"></a></h2>' +
  '<p id="sec-1-p1">正文<a class="note-ref" id="ed-1-ref" href="#ed-1"></a><span class="citation" id="cite-1"><a class="citation-ref" href="#ref-a" aria-describedby="cite-1-ref-a-text">1</a><span id="cite-1-ref-a-text">x</span></span></p>' +
  '<section id="references"><h2 id="references-title">参考文献</h2><ol><li id="ref-a"><a href="#cite-1">§1 ¶1</a></li></ol></section>' +
  '<section class="notes" id="editor-notes"><ol><li id="ed-1">注 <a href="#ed-1-ref">↩</a></li></ol></section>';
const en =
  '<h2 id="sec-1">1. Introduction</h2>' +
  '<p id="sec-1-p1">Text<span class="citation" id="cite-1"><a class="citation-ref" href="#ref-a" aria-describedby="cite-1-ref-a-text">1</a><span id="cite-1-ref-a-text">x</span></span></p>' +
  '<section id="references"><h2 id="references-title">References</h2><ol><li id="ref-a"></li></ol></section>';

describe("pairBlocks", () => {
  it("pairs blocks by id, keeps the primary column's ids and prefixes the other's, with one reference list", () => {
    const text = pairBlocks({ zh, en }, "en");
    expect(text.pairs.map((p) => [p.id, p.tag])).toEqual([["sec-1", "h2"], ["sec-1-p1", "p"]]);
    expect(text.pairs[1]?.html.en).toContain('id="sec-1-p1"');
    expect(text.pairs[1]?.html.zh).toContain('id="zh--sec-1-p1"');
    // Citations in the other column point at the one list, and their descriptions at their own renamed ids.
    expect(text.pairs[1]?.html.zh).toContain('href="#ref-a"');
    expect(text.pairs[1]?.html.zh).toContain('aria-describedby="zh--cite-1-ref-a-text"');
    expect(text.pairs[0]?.html.zh).not.toContain("counterpart");
    expect(text.references).toContain("References");
    expect(text.notes.zh).toContain('id="zh--ed-1"');
    expect(text.notes.zh).toContain('href="#zh--ed-1-ref"');
  });

  it("sets the other column's headings, notes' included, one level down, so the page has one outline", () => {
    const notes = '<section class="notes" id="editor-notes"><h2 id="editor-notes-title">编者更正</h2><ol><li id="ed-1">注</li></ol></section>';
    const text = pairBlocks({ zh: zh.replace(/<section class="notes".*$/, notes), en }, "en");
    expect(text.pairs[0]?.html.en).toMatch(/^<h2 id="sec-1">/);
    expect(text.pairs[0]?.html.zh).toMatch(/^<h3 id="zh--sec-1">/);
    expect(text.notes.zh).not.toContain("<h2");
    expect(text.notes.zh).toContain('<h3 id="zh--editor-notes-title">');
  });

  it("names the blocks present in one language only", () => {
    expect(() => pairBlocks({ zh: `${zh}<p id="sec-1-p2">多</p>`, en }, "zh")).toThrow(/sec-1-p2 exist in one language only/);
  });
});

describe("pairBlocks with figures", () => {
  it("keeps a block without a section id (a figure, a table) with the paragraph before it, in both columns", () => {
    const fig = (cap: string) => `<figure id="fig-1"><figcaption>${cap}</figcaption></figure>`;
    const text = pairBlocks({ zh: `<h2 id="sec-1">一</h2><p id="sec-1-p1">甲</p>${fig("图 1")}`, en: `<h2 id="sec-1">One</h2><p id="sec-1-p1">A</p>${fig("Figure 1")}` }, "zh");
    expect(text.pairs[1]?.html.zh).toContain("图 1");
    expect(text.pairs[1]?.html.en).toContain('<figure id="en--fig-1">');
  });
});

describe("blockCount", () => {
  it("counts the blocks pairBlocks pairs", () => {
    const text = pairBlocks({ zh, en }, "zh");
    expect(blockCount(zh, "zh")).toBe(text.pairs.length);
    expect(blockCount(`<h2 id="sec-1">一</h2><figure id="fig-1"></figure><p id="sec-1-p1">甲</p>`, "zh")).toBe(2);
  });
});
