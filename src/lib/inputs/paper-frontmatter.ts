// The paper files' frontmatter: its schema, and a check of a file's text that names the line at fault.
import { z } from "zod";
import { LANGS } from "../i18n/ui.ts";
import { parseYamlData } from "./yaml.ts";

export const PaperFrontmatterSchema = z.object({
  lang: z.enum(LANGS),
  abstract: z.string().min(1),
});

export type PaperFrontmatter = z.infer<typeof PaperFrontmatterSchema>;

/** A paper file's YAML frontmatter and the Markdown after it; undefined when the file has none (or it is unfinished). */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? "", body: text.slice(match[0].length) } : undefined;
}

/**
 * Checks the frontmatter of a paper file's full text. The content layer keeps the last good version of
 * a file it cannot read and only logs why; the page calls this to say so where the author is looking.
 */
export function checkPaperFrontmatter(file: string, text: string): PaperFrontmatter {
  const parts = splitFrontmatter(text);
  if (!parts) {
    throw new Error(`${file}:1: the frontmatter is missing or unfinished: the file must start with "---", then "lang:" and "abstract:", then "---".`);
  }
  // Lines in the YAML are one below the file's (the opening "---").
  try {
    return parseYamlData(parts.yaml, file, PaperFrontmatterSchema);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(new RegExp(`${escape(file)}:(\\d+)`, "g"), (_, n: string) => `${file}:${Number(n) + 1}`));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
