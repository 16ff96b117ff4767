// Maps positions in a rendered Markdown body back to lines of its source file, for error messages.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Node } from "unist";
import type { VFile } from "vfile";

/** Astro hands plugins the body without its frontmatter; this is how many lines that frontmatter took. */
function frontmatterLines(file: VFile): number {
  if (!file.path) return 0;
  try {
    const raw = readFileSync(file.path, "utf8");
    const at = raw.indexOf(String(file.value));
    return at > 0 ? raw.slice(0, at).split("\n").length - 1 : 0;
  } catch {
    return 0;
  }
}

export interface SourceLines {
  /** The source line of a node, counted in the whole file. */
  line: (node: Node) => number | undefined;
  /** "content/paper/zh.md:12", relative to the working directory. */
  location: (node: Node) => string;
  /** The same for a line already counted in the whole file (e.g. inside a multi-line text node). */
  at: (line: number | undefined) => string;
}

/** Set on a file whose tree was parsed from rendered HTML: its lines come from the stamped marks (line-marks.ts). */
export interface LineMarkedData {
  lineOf?: (node: Node) => number | undefined;
}

/** Call once per file and plugin run: it reads the source file to count the frontmatter. */
export function sourceLines(file: VFile): SourceLines {
  const name = file.path ? path.relative(process.cwd(), file.path) : "<markdown>";
  const marked = (file.data as LineMarkedData).lineOf;
  const offset = marked ? 0 : frontmatterLines(file);
  const line =
    marked ??
    ((node: Node) => {
      const start = node.position?.start.line;
      return start === undefined ? undefined : start + offset;
    });
  const at = (fileLine: number | undefined) => `${name}:${fileLine ?? "?"}`;
  return { line, at, location: (node) => at(line(node)) };
}
