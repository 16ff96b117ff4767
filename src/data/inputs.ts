// The pipeline's data files: read from disk on every use, and watched through Vite in `astro dev`.
import { createHash } from "node:crypto";
import { globSync, readFileSync } from "node:fs";
import { readFromDisk, type ReadInput } from "../lib/markdown/read-input.ts";
import { INPUT_PATTERNS } from "../lib/watched-inputs.ts";
// Imported for its effect only: Vite watches these files and reloads the page when one changes. The
// texts themselves are read from disk, so a page can never be rendered from a copy Vite has not refreshed.
import "./input-files.ts";

export const readInput: ReadInput = readFromDisk(process.cwd());

function digestInputs(): string {
  const hash = createHash("sha256");
  for (const file of globSync(INPUT_PATTERNS).sort()) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

let buildFingerprint: string | undefined;

/**
 * A digest of every data file as it is now: the paper is resolved again when it changes. The dev server's
 * files can change between any two requests; a build's do not change while it runs, and every page asks,
 * so a build reads them once (hashing a whole-library .bib on every page cost milliseconds each time).
 */
export function inputsFingerprint(): string {
  if (import.meta.env.DEV) return digestInputs();
  buildFingerprint ??= digestInputs();
  return buildFingerprint;
}
