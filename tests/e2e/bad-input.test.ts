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
  it("a metadata field breaking its schema, naming the file, line and field", () => {
    const output = brokenBuild((p) => p.edit("content/metadata.yaml", (t) => t.replace(/^ {4}en: "The Business.*$/m, "")));
    expect(output).toMatch(/content\/metadata\.yaml:\d+: paper\.title\.en:/);
  });

  it("a comma that split a flow mapping in metadata.yaml (an unknown key), naming the file, line and key", () => {
    let line = 0;
    const output = brokenBuild((p) =>
      p.edit("content/metadata.yaml", (t) => {
        const edited = t.replace(/^ {2}authors: \[\]$/m, "  authors:\n    - name: { en: \"Example, Ann\" }\n      affiliation: { en: School of Economics, Fictional University }");
        line = edited.split("\n").findIndex((l) => l.includes("affiliation: { en: School")) + 1;
        return edited;
      }),
    );
    expect(line).toBeGreaterThan(1);
    expect(output).toContain(`content/metadata.yaml:${line}: paper.authors.0.affiliation.Fictional University: unknown key "Fictional University"`);
    expect(output).toContain('quote the value, en: "School of Economics, Fictional University"');
  });

  it("a YAML syntax error in metadata.yaml, naming the file and line", () => {
    const output = brokenBuild((p) => p.edit("content/metadata.yaml", (t) => t.replace("titleSource: editorial", "titleSource: [editorial")));
    expect(output).toMatch(/content\/metadata\.yaml:\d+: YAML syntax error/);
    expect(output).not.toContain('no "paper" entry');
  });

  it("zh.md beside zh.mdx, naming both and saying to keep one", () => {
    const output = brokenBuild((p) => p.write("content/paper/zh.mdx", p.read("content/paper/zh.md").replace("互联网金融", "互联网金融服务")));
    expect(output).toContain('content/paper/zh.md and content/paper/zh.mdx are both the "zh" paper file; keep one');
  });

  it("a paper file breaking its schema, naming the file, line and field", () => {
    const output = brokenBuild((p) => p.edit("content/paper/en.md", (t) => t.replace("lang: en", "lang: fr")));
    expect(output).toContain("content/paper/en.md:2: lang:");
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
