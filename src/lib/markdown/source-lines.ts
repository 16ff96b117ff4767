// Maps positions in a rendered Markdown body back to lines of its source file, for error messages.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Node } from "unist";
import type { VFile } from "vfile";

const offsets = new Map<string, number>();

/** Astro hands plugins the body without its frontmatter; this is how many lines that frontmatter took. */
function frontmatterLines(file: VFile): number {
  if (!file.path) return 0;
  const cached = offsets.get(file.path);
  if (cached !== undefined) return cached;
  let offset = 0;
  try {
    const raw = readFileSync(file.path, "utf8");
    const at = raw.indexOf(String(file.value));
    offset = at > 0 ? raw.slice(0, at).split("\n").length - 1 : 0;
  } catch {
    offset = 0;
  }
  offsets.set(file.path, offset);
  return offset;
}

/** The source line of a node, counted in the whole file. */
export function sourceLine(file: VFile, node: Node): number | undefined {
  const line = node.position?.start.line;
  return line === undefined ? undefined : line + frontmatterLines(file);
}

/** "content/paper/zh.md:12", relative to the working directory. */
export function sourceLocation(file: VFile, node: Node): string {
  const name = file.path ? path.relative(process.cwd(), file.path) : "<markdown>";
  return `${name}:${sourceLine(file, node) ?? "?"}`;
}
