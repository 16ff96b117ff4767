// Nesting depth: 20,000 nested quotes fail with the file and line (in the parse's own time), never with a stack overflow.
import { describe, expect, it } from "vitest";
import { MAX_NESTING } from "../../../../src/lib/pipeline/content-layer/nesting-limit.ts";
import { paperFile, renderPaper } from "../../../support/paper-file.ts";
import { renderMarkdown } from "../../../support/render-markdown.ts";

const failure = (file: string) =>
  renderMarkdown(file).then(
    () => "rendered",
    (e: unknown) => String(e),
  );

describe("nesting depth", () => {
  it("20,000 nested blockquotes are refused with the file and line, not a stack overflow", async () => {
    const file = paperFile("en", `## 1. A\n\nText.\n\n${"> ".repeat(20_000)}deep\n`, "deep-quotes.md");
    const started = performance.now();
    const error = await failure(file);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(error).not.toMatch(/call stack/i);
    expect(error).toContain(`${file}:9: the blocks here (quotes, lists, elements) nest more than ${MAX_NESTING} deep`);
  });

  it("deeply nested lists are refused the same way", async () => {
    const list = Array.from({ length: MAX_NESTING + 20 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n");
    expect(await failure(paperFile("en", `## 1. A\n\n${list}\n`, "deep-list.md"))).toMatch(/deep-list\.md:\d+: the blocks here .* nest more than/);
  });

  it("a paper's ordinary nesting renders", async () => {
    const { $ } = await renderPaper("en", "## 7. A\n\n> quote\n>\n> - list\n>   - inner\n>     > quote in a list\n");
    expect($("blockquote li li blockquote").text()).toContain("quote in a list");
  });
});
