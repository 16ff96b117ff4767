// Astro integration: after a build, puts every page's CSP meta tag first in <head> (src/lib/site/csp.ts says why).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { cspMetaFirst } from "../lib/site/csp.ts";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name));
}

export function cspMetaFirstIntegration(): AstroIntegration {
  return {
    name: "paper-site:csp-meta-first",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of htmlFiles(root)) writeFileSync(file, cspMetaFirst(readFileSync(file, "utf8"), path.relative(root, file)));
      },
    },
  };
}
