// Bad figures, tables, equations and cross-references in the demo paper (MDX) fail the build, naming file and line:
// each message verbatim, printed once, at the author's place, with no stack trace.
import { afterEach, describe, expect, it } from "vitest";
import { stackLines, timesPrinted } from "./support/build-log.ts";
import { demoProject } from "./support/demo-project.ts";
import type { FixtureProject } from "./support/fixture-project.ts";

let project: FixtureProject | undefined;
afterEach(() => project?.dispose());

function brokenBuild(file: "zh" | "en", change: (text: string) => string): string {
  project = demoProject();
  const path = `content/paper/${file}.mdx`;
  const before = project.read(path);
  project.edit(path, change);
  expect(project.read(path), "the test's edit must change the file").not.toBe(before);
  const { status, output } = project.build();
  expect(status, output).not.toBe(0);
  return output;
}

/** The line of the first occurrence of `text` in the demo file, counted as editors do (from 1). */
function lineOf(file: "zh" | "en", text: string): number {
  return (project?.read(`content/paper/${file}.mdx`) ?? "").split("\n").findIndex((l) => l.includes(text)) + 1;
}

/** The message, once; Astro's "Location" at the author's file and line; no stack frame, no build chunk. */
function expectError(output: string, message: string, place: { file: "zh" | "en"; line: number }): void {
  expect(timesPrinted(output, message), output).toBe(1);
  expect(output).toContain(`  Location:\n    ${project?.dir}/content/paper/${place.file}.mdx:${place.line}:1\n`);
  expect(stackLines(output)).toEqual([]);
}

describe("bad authoring input fails the build", () => {
  it("a figure in one language only, naming the figure, section, file and line", () => {
    const output = brokenBuild("en", (t) => t.replace(/!\[Bar chart[^\n]*\n\(#fig-growth\)[^\n]*\n\n/, ""));
    const line = lineOf("zh", "![");
    expectError(
      output,
      `The zh and en versions of the paper do not align:\n  - figure fig-growth is in section 2 of content/paper/zh.mdx:${line} but not in section 2 of content/paper/en.mdx\n`,
      { file: "zh", line },
    );
  });

  it("a missing image file", () => {
    const output = brokenBuild("zh", (t) => t.replace("./growth.png", "./missing.png"));
    const line = lineOf("zh", "./missing.png");
    expectError(output, `content/paper/zh.mdx:${line}: the image "./missing.png" is not there (looked for content/paper/missing.png). Put the file beside the paper, or correct the path.\n`, { file: "zh", line });
  });

  it("an image without alt text", () => {
    const output = brokenBuild("en", (t) => t.replace(/!\[Bar chart[^\]]*\]/, "![]"));
    const line = lineOf("en", "![](./growth.png)");
    expectError(output, `content/paper/en.mdx:${line}: the image "./growth.png" has no alt text. Write what it shows in the brackets: ![A line chart of …](./growth.png).\n`, { file: "en", line });
  });

  it("a duplicate id", () => {
    const output = brokenBuild("en", (t) => t.replace("\\label{eq-supply}", "\\label{eq-demand}"));
    // An equation is at its opening "$$", the line above its TeX.
    const [first, second] = [lineOf("en", "Q_d =") - 1, lineOf("en", "Q_s =") - 1];
    expectError(output, `content/paper/en.mdx:${second}: the id "eq-demand" is already used at content/paper/en.mdx:${first}; give each figure, table and equation its own.\n`, { file: "en", line: second });
  });

  it("a cross-reference to nothing", () => {
    const output = brokenBuild("en", (t) => t.replace("The growth in users is shown in [@fig-growth]", "The growth in users is shown in [@fig-nothing]"));
    const line = lineOf("en", "[@fig-nothing]");
    expectError(output, `content/paper/en.mdx:${line}: the cross-reference "@fig-nothing" names no figure in this file. Check the figure's label, or remove the reference.\n`, { file: "en", line });
  });

  it("TeX that does not parse", () => {
    const output = brokenBuild("zh", (t) => t.replace("Q_d = a - bP", "Q_d = \\frac{a - bP"));
    const line = lineOf("zh", "$$");
    expectError(
      output,
      `content/paper/zh.mdx:${line}: the TeX equation "Q_d = \\frac{a - bP" does not parse: Unexpected end of input in a macro argument, expected '}' at end of input: …= \\frac{a - bP. Fix the TeX (temml reads LaTeX math, not a whole LaTeX file).\n`,
      { file: "zh", line },
    );
  });
});
