// Vite plugin: an .mdx file the MDX compiler cannot read fails with the file and line first, and no compiler stack.
import path from "node:path";
import type { Plugin } from "vite";
import { AuthorError } from "../lib/errors/author-error.ts";

/** @astrojs/mdx's Vite plugin, which compiles each .mdx file. */
const MDX_PLUGIN = "@mdx-js/rolldown";

interface CompileError extends Error {
  line?: number;
  column?: number;
  reason?: string;
}

/**
 * Our own plugins' errors are kept with the file and raised by the page (src/lib/pipeline/file/deferred-error.ts);
 * what is left is the MDX compiler's own: a JSX tag left open, a stray "{" or "<". @astrojs/mdx throws those with
 * its own stack (frames in node_modules) and a message that names no file ("Expected a closing tag for `<Aside>`
 * (45:1-45:21)…"). Its transform is wrapped, so the error reads like every other authoring error
 * ("content/paper/en.mdx:45: …") and carries the place Astro's CLI and dev overlay show (AuthorError).
 */
export function mdxErrors(root: string): Plugin {
  return {
    name: "paper-site:mdx-errors",
    configResolved(config) {
      const mdx = config.plugins.find((p) => p.name === MDX_PLUGIN);
      const hook = mdx?.transform;
      if (!hook || typeof hook === "function") return;
      const handler = hook.handler;
      hook.handler = async function (this: unknown, ...args: Parameters<typeof handler>) {
        try {
          return await handler.apply(this as never, args);
        } catch (error) {
          const e = error as CompileError;
          const id = args[1];
          if (typeof e.line !== "number" || !id.endsWith(".mdx")) throw error;
          const file = path.relative(root, id).split(path.sep).join("/");
          throw new AuthorError(`${file}:${e.line}: ${e.reason ?? e.message}`, { file: id, line: e.line, column: Math.max(1, e.column ?? 1) });
        }
      };
    },
  };
}
