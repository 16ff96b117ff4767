// Each language's paper file is there once: zh.md beside zh.mdx is an error naming both, not one silently ignored.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkPaperFiles, duplicateStems, listPaperFiles } from "../../../src/lib/inputs/paper-files.ts";

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function project(...files: string[]): string {
  root = mkdtempSync(path.join(tmpdir(), "paper-files-"));
  mkdirSync(path.join(root, "content/paper"), { recursive: true });
  for (const file of files) writeFileSync(path.join(root, "content/paper", file), "");
  return root;
}

describe("paper files", () => {
  it("lists the Markdown and MDX files of the paper folder, and passes one file per language", () => {
    const dir = project("zh.md", "en.mdx", "translation-status.yaml", "growth.png");
    expect(listPaperFiles(dir)).toEqual(["content/paper/en.mdx", "content/paper/zh.md"]);
    expect(() => checkPaperFiles(dir)).not.toThrow();
    expect(() => checkPaperFiles(process.cwd())).not.toThrow();
  });

  it("finds a stem given twice, whatever the case (the content layer's ids ignore it)", () => {
    expect(duplicateStems(["content/paper/zh.md", "content/paper/zh.mdx", "content/paper/en.md"])).toEqual([
      { stem: "zh", files: ["content/paper/zh.md", "content/paper/zh.mdx"] },
    ]);
    expect(duplicateStems(["content/paper/EN.md", "content/paper/en.mdx"])).toEqual([{ stem: "en", files: ["content/paper/EN.md", "content/paper/en.mdx"] }]);
    expect(duplicateStems(["content/paper/zh.md", "content/paper/en.md"])).toEqual([]);
  });

  it("fails naming both files and saying to keep one", () => {
    const dir = project("zh.md", "zh.mdx", "en.md", "en.mdx");
    expect(() => checkPaperFiles(dir)).toThrow(/content\/paper\/zh\.md and content\/paper\/zh\.mdx are both the "zh" paper file[^\n]*keep one/);
    expect(() => checkPaperFiles(dir)).toThrow(/content\/paper\/en\.md and content\/paper\/en\.mdx/);
  });
});
