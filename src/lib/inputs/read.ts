// How the pipeline reads its data files: from disk by default, or from what the page's bundler loaded.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The text of a project file, by its path relative to the project root; undefined when it does not exist. */
export type ReadInput = (file: string) => string | undefined;

export function readFromDisk(root: string): ReadInput {
  return (file) => {
    const full = path.resolve(root, file);
    return existsSync(full) ? readFileSync(full, "utf8") : undefined;
  };
}
