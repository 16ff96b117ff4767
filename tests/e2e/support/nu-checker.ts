// Runs the Nu HTML Checker (the vnu-jar package, on the machine's Java) over files and returns its messages.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export interface NuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));
const fromHome = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, "bin", "java") : undefined;
const java = fromHome && existsSync(fromHome) ? fromHome : "java";

/** Every error the checker finds in the given HTML files (warnings left out). Throws if Java or the checker cannot run. */
export function nuErrors(files: string[]): NuMessage[] {
  const run = spawnSync(java, ["-jar", vnuJar, "--format", "json", "--errors-only", "--exit-zero-always", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`Cannot run the Nu HTML Checker with "${java}" (${run.error.message}); npm test's pretest installs Java.`);
  // The checker writes its report to stderr.
  const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return report.messages;
}

/** "zh/index.html:12: Duplicate ID …" lines, for readable failures. */
export function describe(messages: NuMessage[], root: string): string[] {
  return messages.map((m) => `${path.relative(root, new URL(m.url).pathname)}:${m.lastLine ?? "?"}: ${m.message}`);
}
