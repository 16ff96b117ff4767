// Writes a small paper file (frontmatter + body) beside the demo's image, to render it as the site does.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readFromDisk } from "../../src/lib/inputs/read.ts";
import { renderMarkdown, type RenderedMarkdown } from "./render-markdown.ts";
import { INPUT_FILES } from "../../src/lib/inputs/paths.ts";

/** The project's bibliography and styles, without the seed paper's corrections and notes (they name its paragraphs). */
const disk = readFromDisk(process.cwd());
const read = (file: string) => (([INPUT_FILES.corrections, INPUT_FILES.translatorNotes] as string[]).includes(file) ? undefined : disk(file));

mkdirSync("tests/.tmp", { recursive: true });
const dir = mkdtempSync(path.join(process.cwd(), "tests/.tmp/paper-"));
copyFileSync("tests/fixtures/demo/content/paper/growth.png", path.join(dir, "growth.png"));

/** The file's path relative to the project root, as error messages name it. */
export function paperFile(lang: "zh" | "en", body: string, name = `${lang}.md`): string {
  const file = path.join(dir, name);
  writeFileSync(file, `---\nlang: ${lang}\nabstract: x\n---\n${body}`);
  return path.relative(process.cwd(), file);
}

export function renderPaper(lang: "zh" | "en", body: string): Promise<RenderedMarkdown> {
  const file = paperFile(lang, body);
  return renderMarkdown(file, { read });
}

export const paperDir = dir;
