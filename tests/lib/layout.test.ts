// The layout is the architecture: src/lib has folders only, no duplicate module names, no Astro, and no upward imports.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const LIB = path.resolve("src/lib");

/**
 * The pipeline's order, lowest first: a folder may import its own modules and those of lower layers, never
 * a folder of its own layer or above. The content layer never reaches page-time code, inputs never reach
 * the engines that read them, and only page-data sees the whole paper.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["i18n"],
  ["dev", "errors", "syntax", "typography", "site", "pdf", "cache", "build", "pipeline/hast"],
  ["inputs", "pipeline/file"],
  ["bibliography", "pipeline/content-layer", "translation", "new-paper"],
  ["pipeline/page-time", "scholarly", "cards", "parallel"],
  ["paper"],
  ["page-data"],
];

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The folder of a module relative to src/lib, as LAYERS names it ("pipeline/page-time", "cards"). */
function folderOf(file: string): string {
  const parts = path.relative(LIB, file).split(path.sep);
  return parts[0] === "pipeline" ? parts.slice(0, 2).join("/") : (parts[0] ?? "");
}

function layerOf(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((f) => f.fileName);
}

describe("src/lib", () => {
  it("holds folders only, each in a layer", () => {
    const entries = readdirSync(LIB);
    expect(entries.filter((e) => !statSync(path.join(LIB, e)).isDirectory())).toEqual([]);
    const folders = [...new Set(modules(LIB).map(folderOf))];
    expect(folders.filter((f) => layerOf(f) < 0), "add new folders to LAYERS").toEqual([]);
  });

  it("has no two modules with the same name", () => {
    const byName = new Map<string, string[]>();
    for (const file of modules(LIB)) byName.set(path.basename(file), [...(byName.get(path.basename(file)) ?? []), path.relative(LIB, file)]);
    expect([...byName.values()].filter((files) => files.length > 1)).toEqual([]);
  });

  it("imports nothing of Astro's and nothing outside src/lib but packages", () => {
    const bad = modules(LIB).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith("astro:") || (spec.startsWith(".") && !path.resolve(path.dirname(file), spec).startsWith(LIB + path.sep)))
        .map((spec) => `${path.relative(LIB, file)} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it("imports only from its own folder or a lower layer", () => {
    const upward = modules(LIB).flatMap((file) => {
      const from = folderOf(file);
      return importsOf(file)
        .filter((spec) => spec.startsWith("."))
        .map((spec) => folderOf(path.resolve(path.dirname(file), spec)))
        .filter((to) => to !== from && layerOf(to) >= layerOf(from))
        .map((to) => `${path.relative(LIB, file)} (${from}) imports ${to}`);
    });
    expect(upward).toEqual([]);
  });
});

describe("components and layouts", () => {
  /** The imports of an .astro file's frontmatter script. */
  const astroImports = (file: string) => {
    const script = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
    return ts.preProcessFile(script, true, true).importedFiles.map((f) => f.fileName);
  };

  it("receive their data as props: none imports a loader (src/load) or reads an input", () => {
    const files = ["src/components", "src/layouts"].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".astro")).map((f) => path.join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    const loaders = files.flatMap((file) =>
      astroImports(file)
        .filter((spec) => /\/load\/|\/inputs\/(read|fingerprint)\.ts$|^astro:content$/.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(loaders).toEqual([]);
  });
});

