// A digest of every data file the pages read (INPUT_PATTERNS), as the files are now.
import { createHash } from "node:crypto";
import { globSync, readFileSync } from "node:fs";
import path from "node:path";
import { INPUT_PATTERNS } from "./paths.ts";

export function fingerprintInputs(root: string): string {
  const hash = createHash("sha256");
  for (const file of globSync([...INPUT_PATTERNS], { cwd: root }).sort()) {
    hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}
