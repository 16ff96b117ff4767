// The paper's files in content/paper: one per language, so zh.md beside zh.mdx is an error naming both.
import { readdirSync } from "node:fs";
import path from "node:path";

import { PAPER_DIR } from "./paths.ts";

/** The Markdown and MDX files of the paper folder, relative to the project root, sorted. */
export function listPaperFiles(root: string, dir = PAPER_DIR): string[] {
  return readdirSync(path.join(root, dir))
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/**
 * Stems given by more than one file (zh.md and zh.mdx). The content layer names an entry by its stem,
 * lower-cased, and keeps only one of such files: the other would be silently left unpublished.
 */
export function duplicateStems(files: readonly string[]): { stem: string; files: string[] }[] {
  const byStem = new Map<string, string[]>();
  for (const file of files) {
    const stem = path.posix.basename(file).replace(/\.mdx?$/, "").toLowerCase();
    byStem.set(stem, [...(byStem.get(stem) ?? []), file]);
  }
  return [...byStem].filter(([, same]) => same.length > 1).map(([stem, same]) => ({ stem, files: same }));
}

/** Fails, naming the files, when a language's paper file is there twice. */
export function checkPaperFiles(root: string, dir = PAPER_DIR): void {
  const duplicates = duplicateStems(listPaperFiles(root, dir));
  if (duplicates.length === 0) return;
  const lines = duplicates.map(({ stem, files }) => `  ${files.slice(0, -1).join(", ")} and ${files.at(-1) ?? ""} are both the "${stem}" paper file; keep one (delete the other).`);
  throw new Error(`${dir}: only one file per language is published, as .md or .mdx:\n${lines.join("\n")}`);
}
