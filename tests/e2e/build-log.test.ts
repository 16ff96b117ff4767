// The seed paper's own build, as an author runs it: Astro's lines, the bibliography's one-line summary, and no warning.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foreignLines, warningLines } from "./support/build-log.ts";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";

let project: FixtureProject;
let log = "";

beforeAll(() => {
  project = fixtureProject();
  const { status, output } = project.build();
  expect(status, output).toBe(0);
  log = output;
});
afterAll(() => project?.dispose());

describe("the seed's build log", () => {
  it("has no warning line (Astro's [WARN], Vite's (!), Node's (node:…) …Warning)", () => {
    expect(warningLines(log)).toEqual([]);
  });

  it("prints Astro's lines and, once, the summary of the incomplete bibliography", () => {
    expect(foreignLines(log)).toEqual([
      "[bibliography] 19 of the 19 works cited from bibliography/references.bib are incomplete (no title: 19, no date: 19); BIB_DETAILS=1 lists them by line, STRICT_BIB=1 makes this an error.",
    ]);
  });
});
