// Bad content fails the build with a message naming the file, the field or section, and what to fix.
import { afterEach, describe, expect, it } from "vitest";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";

let project: FixtureProject | undefined;
afterEach(() => project?.dispose());

function brokenBuild(change: (p: FixtureProject) => void): string {
  project = fixtureProject();
  change(project);
  const { status, output } = project.build();
  expect(status, output).not.toBe(0);
  return output;
}

describe("bad input fails the build", () => {
  it("a metadata field breaking its schema, naming the file and field", () => {
    const output = brokenBuild((p) => p.edit("content/metadata.yaml", (t) => t.replace(/^ {4}en: "The Business.*$/m, "")));
    expect(output).toContain("content/metadata.yaml");
    expect(output).toMatch(/title\.en/);
  });

  it("a paper file breaking its schema, naming the file and field", () => {
    const output = brokenBuild((p) => p.edit("content/paper/en.md", (t) => t.replace("lang: en", "lang: fr")));
    expect(output).toContain("content/paper/en.md");
    expect(output).toMatch(/lang/);
  });

  it("a language version without its counterpart, naming the missing one", () => {
    const output = brokenBuild((p) => p.remove("content/paper/en.md"));
    expect(output).toContain("content/paper: no en version of the paper. Add content/paper/en.md");
  });

  it("a section id in one language only, naming the section", () => {
    // 3.1 has no editorial correction, whose own check (naming corrections.yaml) would fail first.
    const output = brokenBuild((p) => p.edit("content/paper/zh.md", (t) => t.replace("### 3.1. 研究方法", "### 3.3. 研究方法")));
    expect(output).toMatch(/section 3\.3 \(sec-3-3\) is in content\/paper\/zh\.md:\d+ but missing from content\/paper\/en\.md/);
    expect(output).toMatch(/section 3\.1 \(sec-3-1\) is in content\/paper\/en\.md:\d+ but missing from content\/paper\/zh\.md/);
  });

  it("a paragraph removed from either language, naming the section and both files", () => {
    const dropFirstParagraph = (t: string) => t.replace(/(### 3\.1\.[^\n]*\n\n)[^\n]+\n\n/, "$1");
    for (const lang of ["zh", "en"]) {
      const output = brokenBuild((p) => p.edit(`content/paper/${lang}.md`, dropFirstParagraph));
      expect(output).toMatch(/section 3\.1 \(sec-3-1\) has \d paragraphs in content\/paper\/zh\.md:\d+ but \d in content\/paper\/en\.md:\d+/);
      project?.dispose();
    }
  });
});
