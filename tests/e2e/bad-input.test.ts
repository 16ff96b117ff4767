// Bad content fails the build with a message naming the file, the field or section, and what to fix:
// verbatim, printed once, at the author's place, with no stack trace.
import { afterEach, describe, expect, it } from "vitest";
import { stackLines, timesPrinted } from "./support/build-log.ts";
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

/** The message, once; Astro's "Location" at the author's file and line (when there is one); no stack frame, no build chunk. */
function expectError(output: string, message: string, place?: { file: string; line: number }): void {
  expect(timesPrinted(output, message), output).toBe(1);
  if (place) expect(output).toContain(`  Location:\n    ${project?.dir}/${place.file}:${place.line}:1\n`);
  else expect(output).not.toContain("Location:");
  expect(stackLines(output)).toEqual([]);
}

describe("bad input fails the build", () => {
  it("a metadata field breaking its schema, naming the file, line and field", () => {
    const output = brokenBuild((p) => p.edit("content/metadata.yaml", (t) => t.replace(/^ {4}en: "The Business.*$/m, "")));
    expectError(output, "content/metadata.yaml does not match its schema:\n  content/metadata.yaml:5: paper.title.en: Invalid input: expected string, received undefined\n", {
      file: "content/metadata.yaml",
      line: 5,
    });
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
    expectError(
      output,
      `content/metadata.yaml does not match its schema:\n  content/metadata.yaml:${line}: paper.authors.0.affiliation.Fictional University: unknown key "Fictional University"; a comma inside { … } separates fields, so en's value ended before it: quote the value, en: "School of Economics, Fictional University"\n`,
      { file: "content/metadata.yaml", line },
    );
  });

  it("a YAML syntax error in metadata.yaml, naming the file and line", () => {
    const output = brokenBuild((p) => p.edit("content/metadata.yaml", (t) => t.replace("titleSource: editorial", "titleSource: [editorial")));
    expectError(
      output,
      "content/metadata.yaml:10: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] at line 10, column 3:\n\n  titleSource: [editorial\n  keywords:\n  ^\n\n",
      { file: "content/metadata.yaml", line: 10 },
    );
    expect(output).not.toContain('no "paper" entry');
  });

  it("zh.md beside zh.mdx, naming both and saying to keep one", () => {
    const output = brokenBuild((p) => p.write("content/paper/zh.mdx", p.read("content/paper/zh.md").replace("互联网金融", "互联网金融服务")));
    expectError(
      output,
      'content/paper: only one file per language is published, as .md or .mdx:\n  content/paper/zh.md and content/paper/zh.mdx are both the "zh" paper file; keep one (delete the other).\n',
      { file: "content/paper/zh.md", line: 1 },
    );
  });

  it("a paper file breaking its schema, naming the file, line and field", () => {
    const output = brokenBuild((p) => p.edit("content/paper/en.md", (t) => t.replace("lang: en", "lang: fr")));
    expectError(output, 'content/paper/en.md does not match its schema:\n  content/paper/en.md:2: lang: Invalid option: expected one of "zh"|"en"\n', { file: "content/paper/en.md", line: 2 });
  });

  it("a language version without its counterpart, naming the missing one", () => {
    const output = brokenBuild((p) => p.remove("content/paper/en.md"));
    expectError(output, 'content/paper: no en version of the paper. Add content/paper/en.md with "lang: en" in its frontmatter.\n');
  });

  it("a section id in one language only, naming the section", () => {
    // 3.1 has no editorial correction, whose own check (naming corrections.yaml) would fail first.
    const output = brokenBuild((p) => p.edit("content/paper/zh.md", (t) => t.replace("### 3.1. 研究方法", "### 3.3. 研究方法")));
    expectError(
      output,
      "The zh and en versions of the paper do not align:\n  - section 3.3 (sec-3-3) is in content/paper/zh.md:49 but missing from content/paper/en.md\n  - section 3.1 (sec-3-1) is in content/paper/en.md:55 but missing from content/paper/zh.md\n",
      { file: "content/paper/zh.md", line: 49 },
    );
  });

  it("a paragraph removed from either language, naming the section and both files", () => {
    const dropFirstParagraph = (t: string) => t.replace(/(### 3\.1\.[^\n]*\n\n)[^\n]+\n\n/, "$1");
    for (const lang of ["zh", "en"]) {
      const output = brokenBuild((p) => p.edit(`content/paper/${lang}.md`, dropFirstParagraph));
      const [zh, en] = lang === "zh" ? [1, 2] : [2, 1];
      expectError(output, `The zh and en versions of the paper do not align:\n  - section 3.1 (sec-3-1) has ${zh} paragraphs in content/paper/zh.md:49 but ${en} in content/paper/en.md:55\n`, {
        file: "content/paper/zh.md",
        line: 49,
      });
      project?.dispose();
    }
  });
});
