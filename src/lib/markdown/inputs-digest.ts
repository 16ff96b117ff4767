// A digest of every file the Markdown pipeline reads besides the Markdown itself (data and plugin code).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Astro caches rendered Markdown until the file or the Astro config changes. Putting this digest in
 * the plugin options (part of the config) makes an edit to the bibliography, a style, the corrections,
 * the translator's notes, the Chinese citation order or a plugin re-render the pages.
 */
export const PIPELINE_INPUTS = [
  "bibliography",
  "content/corrections.yaml",
  "content/translator-notes.yaml",
  "content/paper/zh.md",
  "src/lib",
];

/** A file stands for itself; a folder for every file below it. */
function files(full: string): string[] {
  if (!existsSync(full) || !statSync(full).isDirectory()) return [full];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export function inputsDigest(root: string, inputs: readonly string[] = PIPELINE_INPUTS): string {
  const hash = createHash("sha256");
  for (const file of inputs.flatMap((i) => files(path.join(root, i)))) {
    hash.update(path.relative(root, file)).update("\0").update(existsSync(file) ? readFileSync(file) : "").update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}
