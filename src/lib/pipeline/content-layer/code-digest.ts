// A digest of the content layer's plugin code, so that Astro's content cache notices a change to it.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Astro caches rendered Markdown until the file or the Astro config changes. Putting this digest in
 * the plugin options (part of the config) makes a change to the content layer's plugins re-render the
 * paper. Data files are not here: they are resolved at page time (src/lib/pipeline/page-time/resolve.ts).
 */
export const PIPELINE_INPUTS = ["src/lib/pipeline/content-layer", "src/lib/pipeline/file", "src/lib/syntax"];

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
