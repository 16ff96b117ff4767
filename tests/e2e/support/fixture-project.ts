// Copies the project into a temporary folder, lets a test break something, and builds it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { buildEnv } from "../global-setup.ts";

const COPY = ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "bibliography", "public", "scripts"];

export interface FixtureProject {
  dir: string;
  read: (file: string) => string;
  write: (file: string, text: string) => void;
  edit: (file: string, change: (text: string) => string) => void;
  remove: (file: string) => void;
  /** Runs `astro build` (with extra environment variables); returns its exit status and everything it printed. */
  build: (env?: Record<string, string>) => { status: number | null; output: string };
  dispose: () => void;
}

/**
 * The project's packages, each linked, in a folder of the fixture's own: Astro, Vite and the social
 * cards keep their caches in node_modules (.astro, .vite, .cache), and a shared cache would let a
 * fixture's content (an .mdx paper, say) or code leak into the project's next build.
 */
function linkPackages(from: string, to: string): void {
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    if (name === ".astro" || name === ".vite" || name === ".cache") continue;
    symlinkSync(path.join(from, name), path.join(to, name));
  }
}

export function fixtureProject(): FixtureProject {
  const root = process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), "paper-site-fixture-"));
  for (const item of COPY) cpSync(path.join(root, item), path.join(dir, item), { recursive: true, force: true, errorOnExist: false });
  linkPackages(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  const at = (file: string) => path.join(dir, file);
  const read = (file: string) => readFileSync(at(file), "utf8");
  const write = (file: string, text: string) => writeFileSync(at(file), text);
  return {
    dir,
    read,
    write,
    edit: (file, change) => write(file, change(read(file))),
    remove: (file) => rmSync(at(file)),
    build: (env = {}) => {
      // A plain build, as an author runs it: no PDFs, whatever the environment asks of the main build.
      const run = spawnSync("npx", ["astro", "build"], { cwd: dir, encoding: "utf8", env: buildEnv({ BUILD_PDF: "", ...env }) });
      // Astro's logger colours its lines wherever CI is set (picocolors): the messages are compared as text.
      return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
