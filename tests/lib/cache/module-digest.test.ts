// The module-graph digest behind the caches: every module an entry reaches, and the packages they import, are in the key; nothing else is.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importsOf, moduleDigest, moduleGraph } from "../../../src/lib/cache/module-digest.ts";

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const key = () => moduleDigest(root, ["src/entry.ts"]);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "module-digest-"));
  // entry → a → b → entry (a cycle); entry also imports a package, a type, a JSON file and a lazy module.
  write("src/entry.ts", 'import { a } from "./a.ts";\nimport type { T } from "./types.ts";\nimport gfm from "pkg";\nimport "@scope/font/data.json";\nimport { readFileSync } from "node:fs";\nexport const e = (t: T) => a + gfm + t + String(readFileSync);\nexport const lazy = () => import("./lazy.ts");\n');
  write("src/a.ts", 'import { b } from "./deep/b.ts";\nexport const a = b + 1;\n');
  write("src/deep/b.ts", 'import { e } from "../entry.ts";\nimport labels from "../labels.json" with { type: "json" };\nexport const b = labels.x + String(e);\n');
  write("src/labels.json", '{ "x": 1 }');
  write("src/types.ts", "export type T = number;\n");
  write("src/lazy.ts", "export const lazy = 1;\n");
  write("src/unrelated.ts", "export const unrelated = 1;\n");
  // pkg depends on dep (hoisted) and on nested, whose own copy of dep is another version; opt is optional and absent.
  write("node_modules/pkg/package.json", '{ "name": "pkg", "version": "1.0.0", "dependencies": { "dep": "^2", "nested": "1" }, "optionalDependencies": { "opt": "1" } }');
  write("node_modules/dep/package.json", '{ "name": "dep", "version": "2.1.0" }');
  write("node_modules/nested/package.json", '{ "name": "nested", "version": "1.0.0", "dependencies": { "dep": "^3", "pkg": "1" } }');
  write("node_modules/nested/node_modules/dep/package.json", '{ "name": "dep", "version": "3.0.0" }');
  write("node_modules/@scope/font/package.json", '{ "name": "@scope/font", "version": "5.3.0" }');
  write("node_modules/unused/package.json", '{ "name": "unused", "version": "1.0.0" }');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("moduleGraph", () => {
  it("follows every relative import, static, type-only and dynamic, and terminates on a cycle", () => {
    expect(moduleGraph(root, ["src/entry.ts"])).toEqual({
      modules: ["src/a.ts", "src/deep/b.ts", "src/entry.ts", "src/labels.json", "src/lazy.ts", "src/types.ts"],
      packages: { "@scope/font": "5.3.0", pkg: "1.0.0" },
      // Resolved as Node resolves them, from each package's own folder; a cycle (nested → pkg) ends.
      dependencies: ["dep@2.1.0", "dep@3.0.0", "nested@1.0.0", "pkg@1.0.0"],
    });
  });

  it("names a module that cannot be read and the reason", () => {
    write("src/a.ts", 'import { b } from "./missing.ts";\nexport const a = b;\n');
    expect(() => moduleGraph(root, ["src/entry.ts"])).toThrow(/src\/a\.ts imports "\.\/missing\.ts", which does not exist/);
  });
});

describe("moduleDigest", () => {
  it("changes when any module in the graph changes, even one reached only through others", () => {
    const before = key();
    expect(key()).toBe(before);
    for (const file of ["src/entry.ts", "src/deep/b.ts", "src/labels.json", "src/types.ts", "src/lazy.ts"]) {
      const text = readFileSync(path.join(root, file), "utf8");
      write(file, `${text}\n`);
      expect(key(), file).not.toBe(before);
      write(file, text);
      expect(key(), file).toBe(before);
    }
  });

  it("changes when an imported package's installed version changes", () => {
    const before = key();
    write("node_modules/@scope/font/package.json", '{ "name": "@scope/font", "version": "5.3.1" }');
    expect(key()).not.toBe(before);
  });

  it("changes when a dependency of an imported package changes, however deep", () => {
    const before = key();
    write("node_modules/nested/node_modules/dep/package.json", '{ "name": "dep", "version": "3.0.1" }');
    expect(key()).not.toBe(before);
    write("node_modules/nested/node_modules/dep/package.json", '{ "name": "dep", "version": "3.0.0" }');
    expect(key()).toBe(before);
    write("node_modules/opt/package.json", '{ "name": "opt", "version": "1.0.0" }');
    expect(key()).not.toBe(before);
  });

  it("does not change for a file outside the graph or a package nothing imports", () => {
    const before = key();
    write("src/unrelated.ts", "export const unrelated = 2;\n");
    write("src/new.ts", "export const added = 1;\n");
    write("node_modules/unused/package.json", '{ "name": "unused", "version": "2.0.0" }');
    expect(key()).toBe(before);
  });

  it("does not depend on where the project is", () => {
    const before = key();
    const moved = mkdtempSync(path.join(tmpdir(), "module-digest-moved-"));
    try {
      for (const file of ["src/entry.ts", "src/a.ts", "src/deep/b.ts", "src/labels.json", "src/types.ts", "src/lazy.ts", "node_modules/pkg/package.json", "node_modules/@scope/font/package.json", "node_modules/dep/package.json", "node_modules/nested/package.json", "node_modules/nested/node_modules/dep/package.json"]) {
        mkdirSync(path.dirname(path.join(moved, file)), { recursive: true });
        writeFileSync(path.join(moved, file), readFileSync(path.join(root, file)));
      }
      expect(moduleDigest(moved, ["src/entry.ts"])).toBe(before);
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });
});

describe("importsOf on this project's own modules", () => {
  // TypeScript's own reader (too slow to load in every build, ~0.16 s) as the reference for the lexer the digest uses.
  const reference = (source: string) => [...new Set(ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName))].sort();

  it.each(["src/lib/pipeline/content-layer/markdown-options.ts", "src/lib/cards/social-card.ts"])("sees every import TypeScript sees, in the graph of %s", (entry) => {
    const { modules } = moduleGraph(process.cwd(), [entry]);
    const scripts = modules.filter((m) => m.endsWith(".ts"));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const source = readFileSync(file, "utf8");
      expect([...new Set(importsOf(source, file))].sort(), file).toEqual(reference(source));
    }
  });
});
