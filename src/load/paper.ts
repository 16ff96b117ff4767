// Loads the paper object: both language versions from the content collections, resolved and checked, with the data files they use.
import { asAuthorError } from "../lib/errors/author-error.ts";
import { completeReferences } from "../lib/bibliography/complete-references.ts";
import { warnOnChange } from "../lib/dev/warn-on-change.ts";
import { languagePair, type LanguagePair } from "../lib/i18n/language-pair.ts";
import { LOCALES, perLang } from "../lib/i18n/locales.ts";
import { parseMetadata, type Metadata } from "../lib/inputs/metadata.ts";
import { checkPaperFiles } from "../lib/inputs/paper-files.ts";
import { loadPaperInputs, type PaperInputs } from "../lib/paper/inputs.ts";
import { INPUT_FILES } from "../lib/inputs/paths.ts";
import type { Paper, PaperVersion } from "../lib/paper/paper.ts";
import { checkAlignment } from "../lib/pipeline/page-time/alignment.ts";
import { resolveVersion } from "../lib/pipeline/page-time/resolve.ts";
import { glossaryProblems } from "../lib/translation/glossary-check.ts";
import { checkTranslationStatus } from "../lib/translation/project.ts";
import { inputsFingerprint, readInput } from "./inputs.ts";
import { findEntry, renderVersion, type Rendered } from "./rendered-versions.ts";

function resolve(r: Rendered, pair: LanguagePair, numberingKeys?: readonly string[]): PaperVersion & { citationOrder: string[] } {
  const out = resolveVersion(r.html, { lang: r.lang, pair, file: r.file, root: process.cwd(), read: readInput, ...(numberingKeys ? { numberingKeys } : {}) });
  return { lang: r.lang, file: r.file, abstract: r.abstract, structure: r.structure, ...out };
}

/** The translation should follow the glossary; where it does not, the build says where, once. */
function warnGlossary(pair: LanguagePair, original: PaperVersion, translation: PaperVersion, inputs: PaperInputs): void {
  const translated = new Map(translation.blocks.map((b) => [b.id, b]));
  const aligned = original.blocks.map((b) => ({ id: b.id, original: b.text, translation: translated.get(b.id)?.text ?? "" }));
  const problems = glossaryProblems(aligned, inputs.glossary, pair);
  if (problems.length === 0) return;
  const at = (id: string) => `${translation.file}:${translated.get(id.split(":")[0] ?? "")?.line ?? "?"}`;
  const passages = problems.length === 1 ? "passage does" : "passages do";
  const message = `[glossary] ${problems.length} ${LOCALES[pair.translation].name} ${passages} not use the agreed term (${INPUT_FILES.glossary}):\n${problems.map((p) => `  ${at(p)} ${p}`).join("\n")}`;
  warnOnChange("glossary", message);
}

let metadataCache: { text: string; metadata: Metadata } | undefined;

/**
 * The paper's metadata, read from disk like the other data files and validated here, so that a bad
 * value or a YAML slip is an error naming content/metadata.yaml and its line (a content collection
 * gives no line, and keeps its last good copy after a syntax error). Parsed once per text of the file.
 */
export function loadMetadata(): Metadata {
  const text = readInput(INPUT_FILES.metadata);
  if (text === undefined) throw new Error(`${INPUT_FILES.metadata}: not found. The paper's title and keywords go there (see README, "Replacing the paper").`);
  if (metadataCache?.text !== text) metadataCache = { text, metadata: parseMetadata(text) };
  return metadataCache.metadata;
}

/** Resolves both versions: the original first, since its order of first citation numbers the references in both languages. */
async function assemble(pair: LanguagePair, metadata: Metadata, entries: Awaited<ReturnType<typeof findEntry>>[]): Promise<Paper> {
  const inputs = loadPaperInputs(readInput);
  const [originalEntry, translationEntry] = entries;
  if (!originalEntry || !translationEntry) throw new Error("unreachable: a paper has two versions");
  const [originalRendered, translationRendered] = await Promise.all([renderVersion(pair.original, originalEntry), renderVersion(pair.translation, translationEntry)]);
  // Sections and paragraphs first: corrections and notes are placed by their ids.
  checkAlignment(originalRendered, translationRendered, { cites: false });
  // Resolving before the citations are compared names a key missing from the bibliography precisely.
  const original = resolve(originalRendered, pair);
  const translation = resolve(translationRendered, pair, original.citationOrder);
  checkAlignment(original, translation);
  checkTranslationStatus(process.cwd(), { source: original.file, translation: translation.file, pair });
  const versions = perLang((lang) => (lang === pair.original ? original : translation));
  warnGlossary(pair, original, translation, inputs);
  const references = completeReferences(readInput(INPUT_FILES.bibliography) ?? "", readInput(original.file) ?? "", INPUT_FILES.bibliography);
  return { pair, metadata, inputs, versions, references };
}

// One paper per state of the paper and data files.
let cached: { key: string; paper: Promise<Paper> } | undefined;

/**
 * The paper, after the alignment check has passed. Every page, card and export asks for it. An error naming the
 * author's file and line is raised as an AuthorError: printed once, at that place, with no stack into the build.
 */
export async function loadPaper(): Promise<Paper> {
  try {
    return await loadCheckedPaper();
  } catch (error) {
    throw asAuthorError(error, process.cwd());
  }
}

async function loadCheckedPaper(): Promise<Paper> {
  // The content layer keeps one of zh.md and zh.mdx and only warns: say which two files, and fail.
  checkPaperFiles(process.cwd());
  const metadata = loadMetadata();
  const pair = languagePair(metadata.original);
  const entries = await Promise.all(pair.langs.map(findEntry));
  // The fingerprint covers the paper files on disk too, for a save the content layer missed.
  // metadata.yaml is one of the fingerprinted inputs, so the key needs no copy of the metadata itself.
  const key = [...entries.map((e) => String(e.digest)), inputsFingerprint()].join("\n");
  if (cached?.key !== key) cached = { key, paper: assemble(pair, metadata, entries) };
  return cached.paper;
}
