// The README's "Writing your paper" examples, put together as a paper, render as the site renders them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPaper } from "../support/paper-file.ts";

function examples(): string[] {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## Writing your paper"), readme.indexOf("\n## ", readme.indexOf("## Writing your paper") + 1));
  return [...section.matchAll(/```md\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

describe("the README's authoring examples", () => {
  it("cover footnotes, figures, tables, equations and cross-references, and build as written", async () => {
    const blocks = examples();
    expect(blocks.length).toBe(5);
    const body = `## 2. Examples\n\n${blocks.join("\n")}\n### 2.1. Model\n\nText.\n`;
    const { $ } = await renderPaper("en", body);
    expect($("section[data-footnotes] li")).toHaveLength(1);
    expect($("figure#fig-growth figcaption").text()).toMatch(/^Figure 1 /);
    expect($("figure#tbl-users figcaption").text()).toMatch(/^Table 1 /);
    expect($("#eq-demand .equation-number").text()).toBe("(1)");
    expect($("a.xref").map((_, a) => $(a).text()).get()).toEqual([
      "Figure 1", "Table 1", "Equation (1)", "Section 2.1", "Figure 1", "Table 1", "Equation (1)", "Section 2.1",
    ]);
  });
});
