// The script budget, measured from the build: every page's scripts together stay under 10 KB gzip, no framework.
import { describe, expect, inject, it } from "vitest";
import path from "node:path";
import { pageScripts } from "./support/scripts.ts";
import { htmlFiles } from "./support/site.ts";

const dist = inject("distDir");
const base = inject("base");
const LIMIT = 10 * 1024;

describe("script budget", () => {
  it(`every page's scripts total under ${LIMIT} bytes gzip, with no framework runtime`, () => {
    const sizes: Record<string, number> = {};
    for (const file of htmlFiles(dist)) {
      const rel = path.relative(dist, file);
      const { sources, gzipBytes } = pageScripts(dist, base, rel);
      sizes[rel] = gzipBytes;
      expect(gzipBytes, `${rel}: ${gzipBytes} bytes of script (gzip)`).toBeLessThan(LIMIT);
      expect(sources.join("\n"), rel).not.toMatch(/react|preact|__vue|svelte|hydrat/i);
    }
    // The paper pages do have scripts (citation previews, the switches): the measurement sees them.
    expect(sizes["zh/index.html"]).toBeGreaterThan(500);
    console.log("script gzip bytes per page:", sizes);
  });
});
