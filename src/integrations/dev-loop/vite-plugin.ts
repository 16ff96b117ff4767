// Vite plugin: in a build, replaces the dev server's raw imports of the data files, so they are read from disk;
// in `astro dev`, answers a page's question whether the data files have changed since it was rendered, and puts
// that question into Astro's error page too.
import path from "node:path";
import type { Plugin } from "vite";
import { fingerprintInputs } from "../../lib/inputs/fingerprint.ts";
import { errorPageCheck } from "./error-page-check.ts";
import { INPUTS_ENDPOINT } from "./freshness-check.ts";

const STUB = "\0paper-site:no-input-files";

/**
 * watched-files.ts imports every data file "?raw", which is how `astro dev` watches them. A build
 * would bundle those texts into the server code (seconds for a library-size .bib), so there the module
 * is replaced by an empty one.
 */
export function watchedInputs(root: string): Plugin {
  const real = path.join(root, "src/integrations/dev-loop/watched-files.ts");
  let building = false;
  return {
    name: "paper-site:watched-inputs",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build";
    },
    async resolveId(source, importer, options) {
      if (!building || !source.includes("watched-files")) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === real ? STUB : undefined;
    },
    load(id) {
      return id === STUB ? "export {};" : undefined;
    },
    configureServer(server) {
      server.middlewares.use(errorPageCheck(root));
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split("?")[0]?.endsWith(`/${INPUTS_ENDPOINT}`)) return next();
        res.setHeader("content-type", "text/plain");
        res.setHeader("cache-control", "no-store");
        res.end(fingerprintInputs(root));
      });
    },
  };
}
