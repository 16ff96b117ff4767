// The seed paper renamed to .mdx publishes the same article as the .md the site is built from.
import { renameSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";
import { loadPage } from "./support/site.ts";

let project: FixtureProject | undefined;
afterAll(() => project?.dispose());

describe("the same text in .md and .mdx", () => {
  it("gives the same article, corrections, notes and citations included", () => {
    project = fixtureProject();
    for (const lang of ["zh", "en"]) renameSync(path.join(project.dir, `content/paper/${lang}.md`), path.join(project.dir, `content/paper/${lang}.mdx`));
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
