// The paper's units as read for the translation status agree with the ids and lines of the rendered page.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Structure } from "../../../src/lib/syntax/structure.ts";
import { paperUnits } from "../../../src/lib/translation/units.ts";
import { renderPaper } from "../../support/paper-file.ts";
import { renderMarkdown } from "../../support/render-markdown.ts";

describe("paper units", () => {
  for (const file of ["content/paper/zh.md", "content/paper/en.md"]) {
    it(`has the ids and lines the site gives ${file}`, async () => {
      const { metadata } = await renderMarkdown(file);
      const structure = metadata.frontmatter["structure"] as Structure;
      const rendered = structure.flatMap((s) => [{ id: s.id, line: s.line }, ...s.paragraphs.map((p) => ({ id: p.id, line: p.line }))]);
      const units = paperUnits(readFileSync(file, "utf8"));
      expect(units.map((u) => ({ id: u.id, line: u.line }))).toEqual(rendered);
      expect(units.length).toBeGreaterThan(50);
    });
  }

  it("keeps the author's Markdown (citation markers included) and skips the frontmatter", () => {
    const md = "---\nlang: zh\nabstract: >-\n  摘要。\n---\n\n## 1. 引言\n\n近年来，*科技*发展[@ref01; @ref02]。\n第二行。\n\n### 1.1. 背景\n\n> 引文不是段落。\n\n段落。\n";
    expect(paperUnits(md)).toEqual([
      { id: "sec-1", kind: "heading", line: 7, text: "1. 引言" },
      { id: "sec-1-p1", kind: "paragraph", line: 9, text: "近年来，*科技*发展[@ref01; @ref02]。\n第二行。" },
      { id: "sec-1-1", kind: "heading", line: 12, text: "1.1. 背景" },
      { id: "sec-1-1-p1", kind: "paragraph", line: 16, text: "段落。" },
    ]);
  });
});

describe("every part of the paper is a unit", () => {
  const demo = readFileSync("tests/fixtures/demo/content/paper/zh.mdx", "utf8");
  const units = paperUnits(demo, { mdx: true });
  const byId = new Map(units.map((u) => [u.id, u]));

  it("a figure's caption and alt text, not a paragraph; an equation by its TeX; a table by caption and cell", () => {
    expect(byId.get("fig-growth")).toMatchObject({ kind: "caption", text: "2013—2018 年用户数（单位：百万）[@demo01]。" });
    expect(byId.get("fig-growth-alt")).toMatchObject({ kind: "alt", text: "柱状图：2013 年至 2018 年用户数逐年增长" });
    expect(byId.get("eq-demand")).toMatchObject({ kind: "equation", text: "Q_d = a - bP \\label{eq-demand}" });
    expect(byId.get("eq-supply")?.kind).toBe("equation");
    expect(byId.get("tbl-users-caption")).toMatchObject({ kind: "caption", text: "2016—2018 年用户数与增长率。" });
    expect(byId.get("tbl-users-h2")).toMatchObject({ kind: "cell", text: "用户（百万）" });
    expect(byId.get("tbl-users-r2c2")).toMatchObject({ kind: "cell", text: "130" });
    expect(byId.get("tbl-users-r3c3")?.text).toBe("46%");
    // The cell's own line: the row it is on.
    expect(byId.get("tbl-users-r2c2")?.line).toBe(demo.split("\n").findIndex((l) => l.startsWith("| 2017")) + 1);
  });

  it("a footnote by its label, an MDX component by its name and place", () => {
    expect(byId.get("fn-scope")).toMatchObject({ kind: "footnote", text: "脚注只属于本语言版本，按出现顺序编号。" });
    // On one line, a component alone is no paragraph: MDX unwraps it, and the page gives no paragraph id.
    expect(byId.get("sec-2-1-aside1")).toMatchObject({ kind: "component", text: '<Aside title="提示">MDX 组件无需导入即可使用。</Aside>' });
    expect(byId.has("sec-2-1-p4")).toBe(false);
    // On lines of its own, it is a block: a unit named by the component and its place in the section.
    const block = paperUnits('## 1. 引言\n\n<Aside title="提示">\n  组件。\n</Aside>\n\n段落。\n', { mdx: true });
    expect(block).toEqual([
      { id: "sec-1", kind: "heading", line: 1, text: "1. 引言" },
      { id: "sec-1-aside1", kind: "component", line: 3, text: '<Aside title="提示">\n  组件。\n</Aside>' },
      { id: "sec-1-p1", kind: "paragraph", line: 7, text: "段落。" },
    ]);
  });

  it("paragraph ids skip figures, captions and equations, as the page's do", () => {
    const paragraphs = units.filter((u) => u.kind === "paragraph").map((u) => u.id);
    expect(paragraphs).toEqual(["sec-1-p1", "sec-1-p2", "sec-2-p1", "sec-2-1-p1", "sec-2-1-p2", "sec-2-1-p3", "sec-3-p1"]);
  });
});

describe("a footnote's status id", () => {
  // A label in capitals, and one in Chinese (URL-encoded on the page).
  const NOTES = "## 7. A\n\nText[^Note-A] and more[^注释].\n\n[^Note-A]: One.\n\n[^注释]: Two.\n";
  it("is the id the page gives the note, whatever its label's case and characters", async () => {
    const { $ } = await renderPaper("en", NOTES);
    const noteIds = $("section[data-footnotes] li").map((_, li) => $(li).attr("id")).get();
    const units = paperUnits(NOTES).filter((u) => u.kind === "footnote");
    expect(units.map((u) => u.id)).toEqual(noteIds);
    expect(noteIds).toEqual(["fn-note-a", "fn-%E6%B3%A8%E9%87%8A"]);
  });
});
