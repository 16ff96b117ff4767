// Bad figures, tables, equations and cross-references in the demo paper (MDX) fail the build, naming file and line.
import { afterEach, describe, expect, it } from "vitest";
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

describe("bad authoring input fails the build", () => {
  it("a figure in one language only, naming the figure, section, file and line", () => {
    const output = brokenBuild("en", (t) => t.replace(/!\[Bar chart[^\n]*\n\(#fig-growth\)[^\n]*\n\n/, ""));
    expect(output).toMatch(/figure fig-growth is in section 2 of content\/paper\/zh\.mdx:16 but not in section 2 of content\/paper\/en\.mdx/);
  });

  it("a missing image file", () => {
    const output = brokenBuild("zh", (t) => t.replace("./growth.png", "./missing.png"));
    expect(output).toContain(`content/paper/zh.mdx:${lineOf("zh", "./missing.png")}: the image "./missing.png" is not there`);
  });

  it("an image without alt text", () => {
    const output = brokenBuild("en", (t) => t.replace(/!\[Bar chart[^\]]*\]/, "![]"));
    expect(output).toContain(`content/paper/en.mdx:${lineOf("en", "![](./growth.png)")}: the image "./growth.png" has no alt text`);
  });

  it("a duplicate id", () => {
    const output = brokenBuild("en", (t) => t.replace("\\label{eq-supply}", "\\label{eq-demand}"));
    expect(output).toMatch(/content\/paper\/en\.mdx:\d+: the id "eq-demand" is already used at content\/paper\/en\.mdx:\d+/);
  });

  it("a cross-reference to nothing", () => {
    const output = brokenBuild("en", (t) => t.replace("The growth in users is shown in [@fig-growth]", "The growth in users is shown in [@fig-nothing]"));
    expect(output).toContain(`content/paper/en.mdx:${lineOf("en", "[@fig-nothing]")}: the cross-reference "@fig-nothing" names no figure`);
  });

  it("TeX that does not parse", () => {
    const output = brokenBuild("zh", (t) => t.replace("Q_d = a - bP", "Q_d = \\frac{a - bP"));
    expect(output).toMatch(new RegExp(`content/paper/zh\\.mdx:${lineOf("zh", "$$")}: the TeX equation .* does not parse`));
  });
});
