// Two `astro build`s at once in one checkout: both succeed, the second waiting for the first with a clear message (without the lock, 3 of 4 failed with ERR_MODULE_NOT_FOUND or ENOTEMPTY in .astro/.prerender).
import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { buildEnv } from "./global-setup.ts";
import { fixtureProject } from "./support/fixture-project.ts";

const project = fixtureProject();
afterAll(() => project.dispose());

function build(outDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn("npx", ["astro", "build", "--outDir", outDir], { cwd: project.dir, env: buildEnv({ BUILD_PDF: "" }) });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (status) => done({ status, output }));
  });
}

describe("two builds at once", () => {
  it("both succeed, and one says it waited for the other", async () => {
    const first = build("dist-a");
    await new Promise((r) => setTimeout(r, 500));
    const results = await Promise.all([first, build("dist-b")]);
    for (const r of results) expect(r.status, r.output.slice(-2000)).toBe(0);
    const waited = results.filter((r) => /Another build is running in this checkout \(pid \d+, started [^)]+\); waiting for it to finish/.test(r.output));
    expect(waited).toHaveLength(1);
    expect(waited[0]!.output).toContain("The other build has finished; building.");
  }, 300_000);
});
