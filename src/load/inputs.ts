// The pipeline's data files: read from disk on every use, and watched through Vite in `astro dev`.
import { readFromDisk, type ReadInput } from "../lib/inputs/read.ts";
import { fingerprintInputs } from "../lib/inputs/fingerprint.ts";
// Imported for its effect only: Vite watches these files and reloads the page when one changes. The
// texts themselves are read from disk, so a page can never be rendered from a copy Vite has not refreshed.
import "../integrations/dev-loop/watched-files.ts";

export const readInput: ReadInput = readFromDisk(process.cwd());

const digestInputs = () => fingerprintInputs(process.cwd());

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
