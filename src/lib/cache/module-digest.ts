// A digest of the code behind a cached output: every module its entry reaches by local imports, the npm packages they import, and theirs.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import { initSync, parse } from "es-module-lexer";

/**
 * What a cache key stands for: the modules (relative to the project root, so the key does not move with
 * the project) and the installed version of each package they import.
 */
export interface ModuleGraph {
  modules: string[];
  packages: Record<string, string>;
  /**
   * Every package those packages depend on, as installed ("name@version"), transitively: an update of a
   * dependency's dependency (citeproc under citation-js, say) changes what the code produces too.
   */
  dependencies: string[];
}

/** Modules whose imports are read; any other file (JSON, say) is hashed as it is and imports nothing. */
const SCRIPTS = new Set([".ts", ".mts", ".cts", ".tsx", ".js", ".mjs", ".cjs", ".jsx"]);

/**
 * The specifiers a module imports: static imports, re-exports and `import()` with a literal, type-only
 * imports included (es-module-lexer, the lexer Vite and Astro use; about 3 ms to start, where loading
 * TypeScript to ask `ts.preProcessFile` costs every build 0.16 s). An `import()` of a computed string
 * cannot be followed, and the lexer does not see `export type … from`, which loads nothing at run time.
 */
export function importsOf(source: string, file: string): string[] {
  initSync();
  try {
    return parse(source, file)[0].flatMap((i) => (i.n === undefined ? [] : [i.n]));
  } catch (error) {
    throw new Error(`${file}: cannot read its imports for the cache key (${(error as Error).message}).`, { cause: error });
  }
}

/** "@scope/name/sub/path" and "name/sub/path" name the packages "@scope/name" and "name". */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

/**
 * A bare specifier names a package, except Node's own modules and virtual ones ("astro:content"):
 * a package name cannot contain a colon.
 */
function isPackage(specifier: string): boolean {
  return !specifier.startsWith(".") && !specifier.startsWith("/") && !specifier.includes(":") && !isBuiltin(specifier);
}

interface Manifest {
  version?: unknown;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The installed package Node would load: the nearest node_modules above `fromDir` that has it. */
function findPackage(name: string, fromDir: string): { dir: string; manifest: Manifest } | undefined {
  for (let dir = fromDir; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "node_modules", name, "package.json");
    if (existsSync(manifest)) return { dir: path.dirname(manifest), manifest: JSON.parse(readFileSync(manifest, "utf8")) as Manifest };
  }
  return undefined;
}

/**
 * The version Node would load. A type-only import ("hast") names a package that has only its types
 * installed, as @types/hast.
 */
function installedVersion(name: string, fromDir: string): string {
  const types = `@types/${name.replace(/^@/, "").replace("/", "__")}`;
  for (const candidate of [name, types]) {
    const found = findPackage(candidate, fromDir);
    if (!found) continue;
    const version = String(found.manifest.version);
    return candidate === name ? version : `${candidate}@${version}`;
  }
  return "not installed";
}

/**
 * What the imported packages depend on, as installed, transitively: each package's dependencies (optional
 * and peer ones too) resolved from its own folder, as Node resolves them. An optional dependency that is
 * not installed is simply absent.
 */
function installedDependencies(imported: readonly { name: string; fromDir: string }[]): string[] {
  const seen = new Set<string>();
  const found = new Set<string>();
  const pending = imported.flatMap(({ name, fromDir }) => {
    const pkg = findPackage(name, fromDir);
    return pkg ? [pkg] : [];
  });
  for (let pkg = pending.pop(); pkg !== undefined; pkg = pending.pop()) {
    if (seen.has(pkg.dir)) continue;
    seen.add(pkg.dir);
    const { dependencies = {}, optionalDependencies = {}, peerDependencies = {} } = pkg.manifest;
    for (const name of new Set([...Object.keys(dependencies), ...Object.keys(optionalDependencies), ...Object.keys(peerDependencies)])) {
      const dep = findPackage(name, pkg.dir);
      if (!dep) continue;
      found.add(`${name}@${String(dep.manifest.version)}`);
      pending.push(dep);
    }
  }
  return [...found].sort();
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** The file a relative specifier names: as written (the project writes ".ts"), or as a bundler would complete it. */
function resolveLocal(specifier: string, importer: string): string | undefined {
  const target = path.resolve(path.dirname(importer), specifier.split("?")[0] ?? specifier);
  const ext = path.extname(target);
  const swapped = ext === ".js" || ext === ".mjs" ? [target.slice(0, -ext.length) + (ext === ".js" ? ".ts" : ".mts")] : [];
  const completed = [".ts", ".tsx", ".js", ".mjs"].flatMap((e) => [target + e, path.join(target, `index${e}`)]);
  return [target, ...swapped, ...completed].find(isFile);
}

/**
 * Every module the entries reach through relative imports, transitively (each visited once, so a
 * cycle ends), and every package those modules import directly. Throws, naming the importer, on a
 * relative import that names no file: a key must never silently leave out code.
 */
export function moduleGraph(root: string, entries: readonly string[]): ModuleGraph {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const imported: { name: string; fromDir: string }[] = [];
  const pending = entries.map((e) => path.resolve(root, e));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!SCRIPTS.has(path.extname(file))) continue;
    for (const specifier of importsOf(readFileSync(file, "utf8"), path.relative(root, file))) {
      if (specifier.startsWith(".")) {
        const target = resolveLocal(specifier, file);
        if (!target) throw new Error(`${path.relative(root, file)} imports "${specifier}", which does not exist.`);
        pending.push(target);
      } else if (isPackage(specifier)) {
        const name = packageName(specifier);
        if (!packages.has(name)) {
          packages.set(name, installedVersion(name, path.dirname(file)));
          imported.push({ name, fromDir: path.dirname(file) });
        }
      }
    }
  }
  // Sorted, so that the key does not depend on the order the imports were met in.
  return {
    modules: [...seen].map((f) => path.relative(root, f).split(path.sep).join("/")).sort(),
    packages: Object.fromEntries([...packages].sort(([a], [b]) => (a < b ? -1 : 1))),
    dependencies: installedDependencies(imported),
  };
}

/** The cache key: a SHA-256 over each module's path and bytes, each package's name and version, then their dependencies'. */
export function moduleDigest(root: string, entries: readonly string[]): string {
  const { modules, packages, dependencies } = moduleGraph(root, entries);
  const hash = createHash("sha256");
  for (const module of modules) hash.update(module).update("\0").update(readFileSync(path.join(root, module))).update("\0");
  for (const [name, version] of Object.entries(packages)) hash.update(`${name}=${version}`).update("\0");
  for (const dependency of dependencies) hash.update(dependency).update("\0");
  return hash.digest("hex");
}
