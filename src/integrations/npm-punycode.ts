// Astro integration: our dependencies' `punycode` imports get the npm package, not Node's deprecated built-in (DEP0040).
import { createRequire, registerHooks } from "node:module";
import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * rehype-citation's bundled citation-js (and cross-fetch's whatwg-url and tr46 under it) import `punycode`, which Node
 * resolves to its deprecated built-in and answers with a DEP0040 warning in the middle of the route list. Node loads
 * these packages itself, outside Vite (they are external to the server bundle), so a Vite alias never sees the
 * import. A resolve hook is Node's own import map: it sends the bare `punycode` to `punycode/`, the npm package of the
 * same API that Node's notice recommends. The cause goes, and no warning is filtered: any other deprecation, or a
 * `node:punycode` import someone writes on purpose, still prints.
 */
function useNpmPunycode(): void {
  const flag = Symbol.for("paper-site:npm-punycode");
  const registry = globalThis as { [flag]?: true };
  // `astro dev` reloads the config (and calls this again) on every config change; one hook is enough.
  if (registry[flag]) return;
  registry[flag] = true;
  // `require("punycode/")` is how Node's notice says to name the package; an ESM import cannot name a folder, so an
  // `import` gets the package's file (the same one).
  const npmFile = pathToFileURL(createRequire(import.meta.url).resolve("punycode/")).href;
  registerHooks({
    resolve: (specifier, context, nextResolve) => {
      if (specifier !== "punycode") return nextResolve(specifier, context);
      return nextResolve(context.conditions.includes("require") ? "punycode/" : npmFile, context);
    },
  });
}

export function npmPunycode(): AstroIntegration {
  return {
    name: "paper-site:npm-punycode",
    hooks: {
      // Before any page module (and so rehype-citation) is loaded, in builds and in `astro dev` alike.
      "astro:config:setup": () => useNpmPunycode(),
    },
  };
}
