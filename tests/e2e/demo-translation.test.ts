// The demo paper's every part tracked: one changed table cell is one stale warning naming it; a footnote or
// an <Aside> in one language only fails the build with its file and line.
import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { demoProject } from "./support/demo-project.ts";
import type { FixtureProject } from "./support/fixture-project.ts";

let project: FixtureProject | undefined;
afterEach(() => {
  project?.dispose();
  project = undefined;
});

const npm = (dir: string, ...args: string[]) => spawnSync("npm", ["run", "--silent", ...args], { cwd: dir, encoding: "utf8" });

describe("the demo's translation status and alignment", () => {
  it("one changed Chinese table cell gives exactly one stale warning, naming that cell", () => {
    project = demoProject();
    const ack = npm(project.dir, "translation:ack");
    expect(ack.status, ack.stderr).toBe(0);
    // Every kind of part it tracks, by name.
    expect(ack.stdout).toBe(
      "content/paper/translation-status.yaml: acknowledged every part of the paper: 4 headings, 7 paragraphs, 2 captions, 12 table cells, 1 alt text, 1 footnote, 2 equations, 1 component; the English there translates the Chinese as it is now.\n",
    );
    const one = npm(project.dir, "translation:ack", "--", "fn-scope", "tbl-users-r2c2");
    expect(one.stdout).toBe("content/paper/translation-status.yaml: acknowledged 1 table cell, 1 footnote (fn-scope, tbl-users-r2c2); the English there translates the Chinese as it is now.\n");
    project.edit("content/paper/zh.mdx", (t) => t.replace("| 2017 | 130          |", "| 2017 | 131          |"));
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    expect(output.match(/\[translation\]/g), output).toHaveLength(1);
    const line = (file: string, start: string) => project?.read(file).split("\n").findIndex((l) => l.startsWith(start)) ?? -2;
    const en = line("content/paper/en.mdx", "| 2017") + 1;
    const zh = line("content/paper/zh.mdx", "| 2017") + 1;
    expect(output).toContain(
      `[translation] 1 English table cell translates a version of the Chinese other than the one acknowledged in content/paper/translation-status.yaml:\n` +
        `  content/paper/en.mdx:${en} (table cell tbl-users-r2c2 (row 2, column 2)): the Chinese at content/paper/zh.mdx:${zh} changed: “131”\n`,
    );
  });

  it("a footnote in the Chinese only fails the build with its file and line", () => {
    project = demoProject();
    project.edit("content/paper/en.mdx", (t) => t.replace("a footnote[^scope]", "a footnote").replace(/\n\[\^scope\]:.*\n/, "\n"));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/the footnote \[\^scope\] is in section 1 of content\/paper\/zh\.mdx:10 but not in section 1 of content\/paper\/en\.mdx:\d+/);
  });

  it("an <Aside> in the Chinese only fails the build with its file and line", () => {
    project = demoProject();
    project.edit("content/paper/zh.mdx", (t) => t.replace("## 3. 结论", '<Aside title="另一提示">\n  只在中文里。\n</Aside>\n\n## 3. 结论'));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    const line = (project.read("content/paper/zh.mdx").split("\n").findIndex((l) => l.startsWith('<Aside title="另一提示">')) ?? -2) + 1;
    expect(output).toContain(`the component <Aside> is in section 2.1 of content/paper/zh.mdx:${line} but not in section 2.1 of content/paper/en.mdx`);
  });
});
