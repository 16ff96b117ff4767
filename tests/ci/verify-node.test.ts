// The Node binary is pinned by a checksum in the repository: the installed one matches, and a different binary fails the install.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const run = (root: string, env: Record<string, string> = {}) => spawnSync("bash", [path.join(root, "scripts/verify-node.sh")], { encoding: "utf8", env: { ...process.env, ...env } });

/** A checkout with the script, the project's record, and a fake node that reports the pinned version and platform. */
function fakeCheckout(platform = "linux-x64"): string {
  const root = mkdtempSync(path.join(tmpdir(), "verify-node-"));
  mkdirSync(path.join(root, "scripts"));
  mkdirSync(path.join(root, "node_modules/node/bin"), { recursive: true });
  copyFileSync("scripts/verify-node.sh", path.join(root, "scripts/verify-node.sh"));
  copyFileSync("scripts/node-binary.sha256", path.join(root, "scripts/node-binary.sha256"));
  const bin = path.join(root, "node_modules/node/bin/node");
  writeFileSync(bin, `#!/bin/sh\ncase "$2" in *version*) echo v24.21.0;; *) echo ${platform};; esac\n`);
  chmodSync(bin, 0o755);
  return root;
}

describe("verify-node.sh", () => {
  it("passes for the installed binary and runs after every npm install and in .ci/run", async () => {
    const result = run(process.cwd());
    expect(result.stdout + result.stderr).toMatch(/^verify-node: Node v\d+\.\d+\.\d+ \(linux-x64\) matches scripts\/node-binary\.sha256\.$/m);
    expect(result.status).toBe(0);
    const { readFileSync } = await import("node:fs");
    expect((JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts["postinstall"]).toBe("bash scripts/verify-node.sh");
    expect(readFileSync(".ci/run", "utf8")).toContain("bash scripts/verify-node.sh");
  });

  it("fails on a binary whose checksum differs, naming both", () => {
    const result = run(fakeCheckout());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/node_modules\/node\/bin\/node \(Node v24\.21\.0, linux-x64\) has SHA-256 [0-9a-f]{64}, but scripts\/node-binary\.sha256 records [0-9a-f]{64}\./);
  });

  it("fails on CI for a platform with no recorded checksum, and only warns on a developer's machine", () => {
    const root = fakeCheckout("darwin-arm64");
    expect(run(root, { CI: "true" }).status).toBe(1);
    const local = run(root, { CI: "" });
    expect(local.status).toBe(0);
    expect(local.stderr).toContain("no checksum recorded for Node v24.21.0 on darwin-arm64");
  });
});
