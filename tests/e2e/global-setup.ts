// Builds the site once, under a non-root project-page base and with its PDFs, into a temporary folder for e2e tests.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

export const TEST_SITE = "https://example.github.io";
export const TEST_BASE = "/paper-site/";

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
    site: string;
    base: string;
  }
}

/** The environment without what Vitest adds (BASE_URL, MODE, …), which Vite would read as the site's own. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return env;
}

export default function setup(project: TestProject): () => void {
  // The deploy workflow passes the Pages origin and base and a folder to keep: the site tested is the one published.
  const site = process.env["E2E_SITE_URL"] || TEST_SITE;
  const base = process.env["E2E_BASE_PATH"] || TEST_BASE;
  const keep = process.env["E2E_OUT_DIR"];
  const outDir = keep ? path.resolve(keep) : mkdtempSync(path.join(tmpdir(), "paper-site-dist-"));
  execFileSync("npx", ["astro", "build", "--outDir", outDir], {
    stdio: "inherit",
    // BUILD_PDF: the PDFs are built and linked, as the Pages workflow publishes them.
    env: buildEnv({ SITE_URL: site, BASE_PATH: base, BUILD_PDF: "1" }),
  });
  project.provide("distDir", outDir);
  project.provide("site", site);
  project.provide("base", base);
  return () => (keep ? undefined : rmSync(outDir, { recursive: true, force: true }));
}
