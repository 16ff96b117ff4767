// The paper's units as read for the translation status agree with the ids and lines of the rendered page.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Structure } from "../../../src/lib/syntax/structure.ts";
import { paperUnits } from "../../../src/lib/translation/units.ts";
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
