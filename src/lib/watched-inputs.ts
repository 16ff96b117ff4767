// Vite plugin: in a build, replaces the dev server's raw imports of the data files, so they are read from disk.
import path from "node:path";
import type { Plugin } from "vite";

/** Every file the page-time pipeline reads, relative to the project root (as in src/data/input-files.ts). */
export const INPUT_PATTERNS = ["content/*.yaml", "content/paper/*.{md,mdx,yaml}", "bibliography/**/*.{bib,csl,xml}"];

const STUB = "\0paper-site:no-input-files";

/**
 * src/data/input-files.ts imports every data file "?raw", which is how `astro dev` watches them. A build
 * would bundle those texts into the server code (seconds for a library-size .bib), so there the module
 * is replaced by an empty one.
 */
export function watchedInputs(root: string): Plugin {
  const real = path.join(root, "src/data/input-files.ts");
  let building = false;
  return {
    name: "paper-site:watched-inputs",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build";
    },
    async resolveId(source, importer, options) {
      if (!building || !source.includes("input-files")) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === real ? STUB : undefined;
    },
    load(id) {
      return id === STUB ? "export {};" : undefined;
    },
  };
}
