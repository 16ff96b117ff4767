// An error in the author's files: printed once, with no stack into our code, at the file and line its message names.
import { existsSync } from "node:fs";
import path from "node:path";

/** Where Astro and Vite look for an error's place: the CLI's "Location", the dev overlay's code frame. */
export interface ErrorLoc {
  file: string;
  line: number;
  column: number;
}

/**
 * Our messages start with (or, for a list of problems, contain) the place they are about, as
 * "content/paper/en.mdx:12" relative to the project. The error's place is the first one with a line, of a file
 * that exists; else the first such file, at its first line.
 */
const PLACE = /(?<![\w/.-])((?:[\w.-]+\/)*[\w.-]+\.(?:mdx?|ya?ml|bib|csl|xml))(?::(\d+))?(?::(\d+))?/g;

export function placeIn(message: string, root: string): ErrorLoc | undefined {
  const places = [...message.matchAll(PLACE)]
    .map((m) => ({ file: path.resolve(root, m[1] ?? ""), line: m[2], column: m[3] }))
    .filter((p) => existsSync(p.file));
  const place = places.find((p) => p.line !== undefined) ?? places[0];
  if (!place) return undefined;
  // 1-based, as editors count (Astro prints a missing line or column as 0).
  return { file: place.file, line: Math.max(1, Number(place.line ?? 1)), column: Math.max(1, Number(place.column ?? 1)) };
}

/**
 * An Error that Astro prints as its message and the author's place, nothing else. `loc` and `id` are what
 * Astro's CLI ("Location") and its dev overlay (code frame, highlighted file) read; with them set and no
 * stack, Astro neither derives a place from our code's stack frames nor prints those frames, which point
 * into the build's bundled chunks (dist/.prerender) and say nothing to an author.
 */
export class AuthorError extends Error {
  readonly loc?: ErrorLoc;
  readonly id?: string;
  /** The heading of Astro's dev overlay. */
  readonly title = "A file of the paper needs a fix.";

  /** With no place (a file that is missing), Astro prints the message alone. */
  constructor(message: string, loc?: ErrorLoc) {
    super(message);
    this.name = "AuthorError";
    if (loc) {
      this.loc = loc;
      this.id = loc.file;
    }
    // Astro reads the file at loc for the code frame (frame, fullCode) itself.
    this.stack = "";
  }
}

/** "content/paper: no en version…", "bibliography/references.bib: no such file…": about a path, maybe one not there. */
const ABOUT_A_PATH = /^(?:[\w.-]+\/)+[\w.-]+(?::\d+)?: /;

/**
 * The error as an AuthorError when its message names a place in the author's files, or starts with the path it
 * is about; any other error (a fault of ours, whose stack is worth printing) as it is.
 */
export function asAuthorError(error: unknown, root: string): unknown {
  if (error instanceof AuthorError || !(error instanceof Error)) return error;
  const loc = placeIn(error.message, root);
  if (loc) return new AuthorError(error.message, loc);
  return ABOUT_A_PATH.test(error.message) ? new AuthorError(error.message) : error;
}
