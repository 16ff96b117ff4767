// The seed paper renamed to .mdx, in both languages or only the English, publishes the same article as the .md.
import { renameSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";
import { loadPage } from "./support/site.ts";

const projects: FixtureProject[] = [];
afterAll(() => projects.forEach((p) => p.dispose()));

describe.each([
  { files: "zh.mdx and en.mdx", mdx: ["zh", "en"] },
  { files: "zh.md and en.mdx", mdx: ["en"] },
])("the same text as $files", ({ mdx }) => {
  it("gives the same article, corrections, notes and citations included", () => {
    const project = fixtureProject();
    projects.push(project);
    for (const lang of mdx) renameSync(path.join(project.dir, `content/paper/${lang}.md`), path.join(project.dir, `content/paper/${lang}.mdx`));
    const { status, output } = project.build({ SITE_URL: inject("site"), BASE_PATH: inject("base") });
    expect(status, output).toBe(0);
    for (const page of ["zh/index.html", "en/index.html"]) {
      const fromMdx = loadPage(path.join(project.dir, "dist"), page);
      const fromMd = loadPage(inject("distDir"), page);
      expect(fromMdx(".body p").length, page).toBeGreaterThan(30);
      // The article and its notes (the cite box differs only by the PDF link, which the main build prints).
      for (const part of [".body", ".front", "#editor-notes", "#translator-notes"]) {
        expect(fromMdx(part).html(), `${page} ${part}`).toBe(fromMd(part).html());
      }
    }
  });
});
