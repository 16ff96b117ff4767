// The GitHub workflows as configured: the Pages deploy cannot run unless the whole test suite passed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Job {
  needs?: string | string[];
  uses?: string;
  steps?: { uses?: string; run?: string }[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;

/** Every job that `job` waits for, directly or through other jobs. */
function prerequisites(jobs: Record<string, Job>, job: string, seen = new Set<string>()): Set<string> {
  const needs = jobs[job]?.needs;
  for (const need of typeof needs === "string" ? [needs] : (needs ?? [])) {
    if (seen.has(need)) continue;
    seen.add(need);
    prerequisites(jobs, need, seen);
  }
  return seen;
}

describe("deploy gating", () => {
  it("the test workflow runs npm test and can be called by another workflow", () => {
    const test = workflow("test.yml");
    expect(Object.keys(test.on)).toContain("workflow_call");
    expect(Object.values(test.jobs).flatMap((j) => j.steps ?? []).some((s) => s.run?.trim() === "npm test")).toBe(true);
  });

  it("every job that deploys or builds the Pages artifact waits for the test workflow", () => {
    const { jobs } = workflow("deploy.yml");
    const testJobs = Object.entries(jobs).filter(([, j]) => j.uses === "./.github/workflows/test.yml").map(([name]) => name);
    expect(testJobs).toHaveLength(1);
    const publishing = Object.entries(jobs)
      .filter(([, j]) => (j.steps ?? []).some((s) => /actions\/(deploy-pages|upload-pages-artifact)@/.test(s.uses ?? "")))
      .map(([name]) => name);
    expect(publishing.length).toBeGreaterThanOrEqual(2);
    for (const name of publishing) expect([...prerequisites(jobs, name)], name).toContain(testJobs[0]);
  });
});
