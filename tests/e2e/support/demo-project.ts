// A copy of the project whose paper is the demo fixture (tests/fixtures/demo): every authoring feature, in MDX.
import { cpSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fixtureProject, type FixtureProject } from "./fixture-project.ts";

export const DEMO = "tests/fixtures/demo";

/** The seed's paper, bibliography and apparatus are removed; the demo's files take their place. */
export function demoProject(): FixtureProject {
  const project = fixtureProject();
  for (const f of readdirSync(path.join(project.dir, "content/paper"))) rmSync(path.join(project.dir, "content/paper", f));
  for (const f of ["corrections.yaml", "translator-notes.yaml", "glossary.yaml", "edition.yaml"]) rmSync(path.join(project.dir, "content", f), { force: true });
  cpSync(DEMO, project.dir, { recursive: true });
  return project;
}
