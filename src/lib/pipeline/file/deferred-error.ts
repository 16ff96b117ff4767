// A content-layer plugin's error is kept with the rendered file and raised once, when the page that shows the file is built.
import type { Root } from "hast";
import type { Node } from "unist";
import type { VFile } from "vfile";
import { AuthorError, placeIn } from "../../errors/author-error.ts";
import { pageFrontmatter } from "./file-frontmatter.ts";

/**
 * Thrown from a plugin, an error is printed three times: Astro's Markdown processor prints it with its stack,
 * the content layer logs it again, and the page, rendering the file it could not store, prints it a third time
 * (an .mdx file's, from Vite's transform, comes with the MDX compiler's stack instead). Kept in the file's
 * frontmatter, it reaches the page's build untouched, which raises it with the author's file and line
 * (src/load/rendered-versions.ts), once. The tree is emptied: nothing half-processed is compiled or cached as good.
 */
const KEY = "authoringError";

export function deferError(file: VFile, tree: Node, error: unknown): void {
  pageFrontmatter(file)[KEY] = error instanceof Error ? error.message : String(error);
  (tree as { children?: unknown[] }).children = [];
}

/** The message a plugin kept for this file, if one failed. */
export function deferredError(frontmatter: Record<string, unknown>): string | undefined {
  const message = frontmatter[KEY];
  return typeof message === "string" ? message : undefined;
}

type Transformer = (tree: Root, file: VFile) => void;

/** The rehype plugin, with its error deferred; once one plugin has failed on a file, the next ones skip it. */
export function deferErrors<A extends unknown[]>(plugin: (...options: A) => Transformer): (...options: A) => Transformer {
  return (...options) => {
    const transform = plugin(...options);
    return (tree, file) => {
      if (deferredError(pageFrontmatter(file)) !== undefined) return;
      try {
        transform(tree, file);
      } catch (error) {
        deferError(file, tree, error);
      }
    };
  };
}

/** Raises the error a plugin kept for this file, at the place its message names (see AuthorError). */
export function raiseDeferredError(frontmatter: Record<string, unknown>, root: string): void {
  const message = deferredError(frontmatter);
  if (message === undefined) return;
  throw new AuthorError(message, placeIn(message, root));
}
