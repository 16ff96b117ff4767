// The project's unified plugins, run through Astro's own unified processor on the paper's real content.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../support/render-markdown.ts";

const renderContent = (file: string, markdown?: string) => renderMarkdown(file, markdown === undefined ? {} : { markdown });

describe("the unified Markdown pipeline", () => {
  it("gives the paper's headings and paragraphs their shared ids and records the structure", async () => {
    const { code: html, metadata } = await renderContent("content/paper/zh.md");
    // Headings keep their words in no-wrap spans (heading-words.ts); the text is unchanged.
    const code = html.replace(/<span class="w">|<\/span>/g, "");
    // A heading is named by its own words, not by the badge linking to the other language (heading-words.ts).
    expect(code).toContain('<h2 id="sec-1" aria-label="1. 引言">1. 引言');
    expect(code).toContain('<h3 id="sec-2-4" aria-label="2.4. 互联网金融风险应对">2.4. 互联网金融风险应对');
    expect(html).toContain('<h2 id="sec-1" aria-label="1. 引言"><span class="w">1.</span> <span class="w">引言<a href="../en/#sec-1"');
    expect(code).toMatch(/<p id="sec-1-1-p1">近年来/);
    const structure = metadata.frontmatter["structure"] as { id: string; paragraphs: unknown[] }[];
    expect(structure.map((s) => s.id)).toContain("sec-6-2");
    expect(structure.find((s) => s.id === "sec-6-2")?.paragraphs).toHaveLength(5);
    // Citation keys per paragraph, in order, for the alignment check (the source's [11] [15] [16] [17]).
    const cites = (id: string) => structure.flatMap((s) => s.paragraphs as { id: string; cites: string[] }[]).find((p) => p.id === id)?.cites;
    expect(cites("sec-1-1-p1")).toEqual(["ref01", "ref02"]);
    expect(cites("sec-2-4-p2")).toEqual(["ref11", "ref15", "ref16", "ref17"]);
    expect(cites("sec-1-1-p4")).toEqual([]);
  });

  it("applies the recorded editorial corrections visibly, keeping the original", async () => {
    const { code, metadata } = await renderContent("content/paper/zh.md");
    expect(code).toContain('<ins class="correction" data-original="偷袭者" title="原文：偷袭者">投资者</ins>');
    expect(code).toMatch(/<a href="#ed-1" id="ed-1-ref" class="note-ref" data-mark="编2" aria-label="编2：编者更正 2"><\/a>/);
    // The heading correction reaches the table of contents.
    expect(metadata.headings.find((h) => h.slug === "sec-5-3")?.text).toBe("5.3. 互联网金融需要寻找新的发展动能");
  });

  it("links every numbered heading to the same section in the other language", async () => {
    const { code } = await renderContent("content/paper/zh.md");
    const plain = code.replace(/<span class="w">|<\/span>/g, "");
    expect(plain).toMatch(/<h3 id="sec-2-1" aria-label="2\.1\. 互联网金融概念界定">2\.1\. 互联网金融概念界定<a href="\.\.\/en\/#sec-2-1" hreflang="en"/);
    // The badge's name starts with its visible mark (label in name), in the page's language.
    expect(plain).toContain('class="counterpart" data-mark="EN" aria-label="EN：阅读本节英文译文"');
  });

  it("fails on an unnumbered heading, naming the file and line", async () => {
    const md = "---\nlang: zh\nabstract: x\n---\n\n## 1. 引言\n\n段落。\n\n## 结论\n";
    await expect(renderContent("content/paper/zh.md", md)).rejects.toThrow(/zh\.md:6: heading "结论" has no section number/);
  });

  it("fails when a correction's context is not in its paragraph", async () => {
    const md = "---\nlang: zh\nabstract: x\n---\n\n## 2. 综述\n\n### 2.4. 风险\n\n改写过的段落。\n";
    await expect(renderContent("content/paper/zh.md", md)).rejects.toThrow(
      /content\/corrections\.yaml: ed-5: "传统金融机构的观各种风险" occurs 0 times in sec-2-4-p1/,
    );
  });
});
