// The paper files' frontmatter: its schema, and a check of a file's text that names the line at fault.
import { z } from "zod";
import { LANGS } from "../i18n/ui.ts";
import { parseYamlData } from "./yaml.ts";

// Strict: a key the site does not read (title, date: they belong in content/metadata.yaml) is an error, not ignored.
export const PaperFrontmatterSchema = z.strictObject({
  lang: z.enum(LANGS),
  abstract: z.string().min(1),
});

export type PaperFrontmatter = z.infer<typeof PaperFrontmatterSchema>;

/**
 * A paper file's YAML frontmatter, the file's line of its first line, and the Markdown after it; undefined
 * when the file has none (or it is unfinished). A byte-order mark and blank lines before the opening
 * "---" are allowed, as the content layer allows them.
 */
export function splitFrontmatter(text: string): { yaml: string; line: number; body: string } | undefined {
  const match = /^\uFEFF?((?:[ \t]*\r?\n)*)---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const blank = (match[1] ?? "").split("\n").length - 1;
  return { yaml: match[2] ?? "", line: blank + 2, body: text.slice(match[0].length) };
}

/**
 * Checks the frontmatter of a paper file's full text, naming the file's line. The content collection
 * calls it before its own schema check, which names no line (src/content.config.ts); and as the content
 * layer keeps the last good version of a file it cannot read and only logs why, the page calls it too.
 */
export function checkPaperFrontmatter(file: string, text: string): PaperFrontmatter {
  const parts = splitFrontmatter(text);
  if (!parts) {
    throw new Error(`${file}:1: the frontmatter is missing or unfinished: the file must start with "---", then "lang:" and "abstract:", then "---".`);
  }
  // Lines in the YAML are below the file's (the opening "---" and any blank lines before it).
  try {
    return parseYamlData(parts.yaml, file, PaperFrontmatterSchema);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(new RegExp(`${escape(file)}:(\\d+)`, "g"), (_, n: string) => `${file}:${Number(n) + parts.line - 1}`));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
