// The translation status of a project on disk: finds and reads the paper's files and the acknowledged record, writes acknowledgements.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { splitFrontmatter } from "../inputs/paper-frontmatter.ts";
import { warnOnChange } from "../dev/warn-on-change.ts";
import { parseYamlData } from "../inputs/yaml.ts";
import { PAPER_DIR, TRANSLATION_STATUS_NAME } from "../inputs/paths.ts";
import { LOCALES, type Lang } from "../i18n/locales.ts";
import type { LanguagePair } from "../i18n/language-pair.ts";
import { STRICT_VARIABLE, staleWarning, type PaperFiles } from "./report.ts";
import { AcknowledgedSchema, acknowledge, translationStatus, type Acknowledged, type Status } from "./status.ts";
import { paperUnits } from "./units.ts";

/** The record sits next to the original. */
export function recordFor(source: string): string {
  return path.join(path.dirname(source), TRANSLATION_STATUS_NAME);
}

function langOf(file: string): unknown {
  const frontmatter = splitFrontmatter(readFileSync(file, "utf8"))?.yaml;
  return frontmatter === undefined ? undefined : (parse(frontmatter) as { lang?: unknown } | null)?.lang;
}

/**
 * The paper's files under `dir`, told apart by the `lang` of their frontmatter, as the site build does;
 * `pair` says which is the original (content/metadata.yaml, `original`).
 */
export function paperFiles(root: string, pair: LanguagePair, dir = PAPER_DIR): PaperFiles {
  const files = readdirSync(path.join(root, dir)).filter((f) => /\.mdx?$/.test(f)).map((f) => path.join(dir, f));
  const find = (lang: Lang) => {
    const file = files.find((f) => langOf(path.join(root, f)) === lang);
    if (!file) throw new Error(`${dir}: no Markdown file with "lang: ${lang}" in its frontmatter.`);
    return file;
  };
  const source = find(pair.original);
  return { source, translation: find(pair.translation), record: recordFor(source), pair };
}

const RecordSchema = AcknowledgedSchema.nullable().transform((r) => r ?? {});

export function readAcknowledged(root: string, files: PaperFiles): Acknowledged {
  const file = path.resolve(root, files.record);
  return existsSync(file) ? parseYamlData(readFileSync(file, "utf8"), files.record, RecordSchema) : {};
}

const read = (root: string, file: string) => paperUnits(readFileSync(path.resolve(root, file), "utf8"), { mdx: file.endsWith(".mdx") });

export function readStatus(root: string, files: PaperFiles): Status {
  return translationStatus(read(root, files.source), read(root, files.translation), readAcknowledged(root, files), LOCALES[files.pair.original].script);
}

/** The record's own explanation, in the words of its languages. */
function header(files: PaperFiles): string {
  const original = LOCALES[files.pair.original].name;
  const translation = LOCALES[files.pair.translation].name;
  return `# Which version of the ${original} each ${translation} heading and paragraph translates: per id, a short
# digest of each sentence of the ${original} (${files.source}, the author's text) as it was when
# the ${translation} was last reviewed. Written by \`npm run translation:ack\`; do not edit by hand.
# The build warns about every ${translation} paragraph whose ${original} has changed since (README.md).
`;
}

export function serializeAcknowledged(record: Acknowledged, files: PaperFiles): string {
  return header(files) + Object.entries(record).map(([id, digests]) => `${id}: [${digests.map((d) => `"${d}"`).join(", ")}]\n`).join("");
}

/** Records the original that the translation now translates (all of it, or only `ids`); returns the ids written. */
export function writeAcknowledged(root: string, files: PaperFiles, ids?: readonly string[]): string[] {
  const source = read(root, files.source);
  const unknown = ids?.filter((id) => !source.some((u) => u.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`${files.source}: no part of the paper has the id ${unknown.join(", ")}.`);
  const next = acknowledge(source, read(root, files.translation), readAcknowledged(root, files), ids, LOCALES[files.pair.original].script);
  writeFileSync(path.resolve(root, files.record), serializeAcknowledged(next, files));
  return ids ? [...ids] : Object.keys(next);
}

export function strictFromEnv(value: string | undefined): boolean {
  return value !== undefined && !["", "0", "false", "no"].includes(value.trim().toLowerCase());
}

/**
 * The build's check: one warning naming each heading and paragraph of the translation whose original
 * changed since it was acknowledged; with STRICT_TRANSLATION set, an error instead.
 */
export function checkTranslationStatus(
  root: string,
  paper: Omit<PaperFiles, "record">,
  options: { strict?: boolean; warn?: (message: string) => void } = {},
): void {
  const files = { ...paper, record: recordFor(paper.source) };
  const warning = staleWarning(readStatus(root, files), files);
  if (!warning) return;
  if (options.strict ?? strictFromEnv(process.env[STRICT_VARIABLE])) {
    throw new Error(`${warning}\n(${STRICT_VARIABLE} is set, so this fails the build.)`);
  }
  (options.warn ?? ((message: string) => warnOnChange("translation", message)))(warning);
}
