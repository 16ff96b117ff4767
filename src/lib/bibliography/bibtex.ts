// Reads a .bib file as Zotero, Better BibTeX and JabRef export it: finds its entries and their lines,
// rejects duplicate keys and syntax errors by line, and turns entries into checked CSL-JSON.
import { Cite } from "rehype-citation";
import { LANGS, LOCALES, type Lang, type Script } from "../i18n/locales.ts";
import { CslItemSchema, type BibEntry, type Bibliography, type CslItem, type CslName, type WorkLanguage } from "./schema.ts";

/** An entry as found in the text, before parsing: where it is and what it is called. */
export interface ScannedEntry {
  type: string;
  key: string;
  line: number;
  /** The entry's text from "@" to its closing brace. */
  text: string;
  /** False when the file ends before the entry's closing brace. */
  closed?: boolean;
}

/** What a scan finds: data entries, and the @string/@preamble definitions that entries may use. */
export interface BibScan {
  entries: ScannedEntry[];
  macros: { line: number; text: string }[];
}

/**
 * Finds the data entries of a .bib file the way citation-js's lexer reads it: "@comment" runs to
 * the end of its line, @string and @preamble are kept apart, and everything outside entries is junk.
 * Braces are counted so that an "@" inside a field (an e-mail address) is not taken for an entry.
 * One pass, with lines counted as it goes: linear in the size of the file. The last scan is kept: the
 * citations and the paper's metadata both read the same file, and a whole library takes tens of ms.
 */
export function scanBibtexFile(text: string): Readonly<BibScan> {
  if (lastScan?.text !== text) lastScan = { text, scan: scan(text) };
  return lastScan.scan;
}

let lastScan: { text: string; scan: BibScan } | undefined;

function scan(text: string): BibScan {
  const entries: ScannedEntry[] = [];
  const macros: BibScan["macros"] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (let k = text.indexOf("\n", counted); k !== -1 && k < offset; k = text.indexOf("\n", k + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf("@", i);
    if (at < 0) break;
    const head = /^@\s*([A-Za-z][\w-]*)\s*([{(])/.exec(text.slice(at, at + 200));
    const type = head?.[1]?.toLowerCase();
    if (!head || !type) {
      i = at + 1;
      continue;
    }
    if (type === "comment") {
      const eol = text.indexOf("\n", at);
      i = eol < 0 ? text.length : eol + 1;
      continue;
    }
    const open = head[2] === "(" ? "(" : "{";
    const close = open === "(" ? ")" : "}";
    let depth = 0;
    let quoted = false;
    let j = at + head[0].length - 1;
    for (; j < text.length; j++) {
      const c = text[j];
      if (c === "\\") {
        j++;
      } else if (c === '"' && depth === 1) {
        quoted = !quoted;
      } else if (quoted && depth === 1 && c === close) {
        continue;
      } else if (c === "{" || (c === open && depth === 0)) {
        depth++;
      } else if (c === "}" || (c === close && depth === 1)) {
        depth--;
        if (depth === 0) break;
      }
    }
    const end = Math.min(j + 1, text.length);
    const startLine = lineAt(at);
    if (type === "string" || type === "preamble") {
      macros.push({ line: startLine, text: text.slice(at, end) });
    } else {
      const key = /^\s*([^,\s]+)\s*,/.exec(text.slice(at + head[0].length, Math.min(end, at + head[0].length + 500)))?.[1];
      if (key) entries.push({ type, key, line: startLine, text: text.slice(at, end), closed: j < text.length });
    }
    i = end;
  }
  return { entries, macros };
}

/** The data entries of a .bib file (see scanBibtexFile). */
export function scanBibtex(text: string): ScannedEntry[] {
  return scanBibtexFile(text).entries;
}

/** A readable error naming the .bib file and line, and what to do about it. */
export class BibliographyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BibliographyError";
  }
}

function syntaxError(file: string, error: unknown, scanned: ScannedEntry[], fileLine: (line: number) => number): BibliographyError {
  const message = error instanceof Error ? error.message : String(error);
  const where = /at line (\d+) col (\d+)/.exec(message);
  const line = where ? fileLine(Number(where[1])) : undefined;
  const col = where ? Number(where[2]) : undefined;
  // The first line of citation-js's message says what it expected; the rest is a code frame.
  const what = (message.split("\n")[0] ?? message).replace(/ at line \d+ col \d+:?$/, "").trim();
  const entry = line === undefined ? undefined : scanned.filter((e) => e.line <= line).at(-1);
  const inEntry = entry ? ` (in the entry "${entry.key}" that starts at line ${entry.line})` : "";
  const location = line === undefined ? file : `${file}:${line}${col === undefined ? "" : `:${col}`}`;
  return new BibliographyError(
    `${location}: BibTeX syntax error${inEntry}: ${what}. Check that entry's braces, quotes, "=" signs and the commas between fields.`,
  );
}

function duplicateCheck(file: string, scanned: ScannedEntry[]): void {
  const seen = new Map<string, ScannedEntry>();
  for (const entry of scanned) {
    const id = entry.key.toLowerCase();
    const first = seen.get(id);
    if (first) {
      throw new BibliographyError(
        `${file}:${entry.line}: duplicate key "${entry.key}": "${first.key}" is already defined at ${file}:${first.line}. Keys must be unique (BibTeX ignores case); rename or delete one of the two entries.`,
      );
    }
    seen.set(id, entry);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A declared language, by the names each locale row accepts, with any region or variant after them. */
const DECLARED = LANGS.map((lang) => ({
  lang,
  pattern: new RegExp(`^(${LOCALES[lang].bibLangids.map(escapeRegExp).join("|")})([-_ ].*)?$`, "i"),
}));

/** A letter of each script. */
const LETTER: Record<Script, RegExp> = { han: /[\u3400-\u9fff\uf900-\ufaff]/u, latin: /[A-Za-z]/ };

/** Latin letters last: a Chinese title with a Latin acronym in it is still Chinese. */
const BY_SCRIPT = [...LANGS].sort((a, b) => Number(LOCALES[a].script === "latin") - Number(LOCALES[b].script === "latin"));

function names(item: CslItem): CslName[] {
  return [...(item.author ?? []), ...(item.editor ?? []), ...(item.translator ?? [])];
}

/**
 * The language of a work: from `langid`/`language` when given (biblatex names, ISO codes, Zotero's
 * "zh-CN"), otherwise from its script: Han characters in its title or names make it Chinese.
 */
export function workLanguage(item: CslItem): WorkLanguage {
  const declared = item.language?.trim();
  if (declared) return DECLARED.find((d) => d.pattern.test(declared))?.lang ?? "other";
  const text = [item.title, item["container-title"], ...names(item).flatMap((n) => [n.family, n.given, n.literal])].join(" ");
  return BY_SCRIPT.find((lang) => LETTER[LOCALES[lang].script].test(text)) ?? "other";
}

/**
 * The CSL `language` of a work in one of the paper's languages: a declared tag of that language with a
 * region (Zotero's "zh-TW", "zh_TW") is kept, anything else becomes the language's CSL locale.
 */
function cslLanguage(declared: string | undefined, lang: Lang): string {
  const primary = LOCALES[lang].cslLocale.split("-")[0] ?? "";
  return new RegExp(`^${escapeRegExp(primary)}[-_]`, "i").test(declared ?? "") ? String(declared).replace("_", "-") : LOCALES[lang].cslLocale;
}

/** Fields GB/T 7714-2015 needs for an entry of this type that it lacks. */
export function missingFields(item: CslItem): string[] {
  const missing: string[] = [];
  const has = (v: unknown) => v !== undefined && v !== "";
  if (!has(item.title)) missing.push("title");
  const online = ["webpage", "post", "post-weblog"].includes(item.type);
  if (!has(item.issued) && !(online && has(item.accessed))) missing.push("date");
  const part = ["article-journal", "article-magazine", "article-newspaper", "chapter", "paper-conference"].includes(item.type);
  if (part && !has(item["container-title"])) missing.push(item.type.startsWith("article") ? "journal" : "booktitle");
  if (online && !has(item.URL)) missing.push("url");
  return missing;
}

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
const FIRST_EDITION = /^(?:1|1st|first|第?[1一]版)$/i;

/** The raw value of a simple field (`name = {…}` or `"…"`) in an entry's text, outer braces removed. */
export function rawField(entryText: string, name: string): string | undefined {
  const start = new RegExp(String.raw`[,{(]\s*${name}\s*=\s*([{"])`, "i").exec(entryText);
  if (!start) return undefined;
  const open = start[1];
  let depth = 0;
  const from = start.index + start[0].length;
  for (let i = from; i < entryText.length; i++) {
    const c = entryText[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && depth > 0) depth--;
    else if ((open === "{" && c === "}") || (open === '"' && c === '"' && depth === 0)) {
      return entryText.slice(from, i).replace(/[{}]/g, "").trim();
    }
  }
  return undefined;
}

/** Adjusts citation-js's CSL-JSON to what GB/T 7714 and the site expect. */
function normalise(item: CslItem, language: WorkLanguage, entryText: string): CslItem {
  const out: CslItem = { ...item };
  // biblatex's entrysubtype reaches us as genre: a newspaper article is [N], not [J].
  if (out.type === "article-journal" && out["genre"] === "newspaper") out.type = "article-newspaper";
  if (out.type === "article-journal" && out["genre"] === "magazine") out.type = "article-magazine";
  // citation-js drops a standard's number ("GB/T 7714-2015"), which GB/T 7714 puts after its title.
  if (out.type === "standard" && !out.number) {
    const number = rawField(entryText, "number");
    if (number) out.number = number;
  }
  // citeproc-js picks the entry's layout (and so 等 or et al.) by this field.
  if (language !== "other") out.language = cslLanguage(item.language, language);
  // A name in double braces ({{World Bank}}, {{中国人民银行}}) reaches us as a family name alone;
  // it is an organisation, which GB/T does not capitalise.
  for (const role of ["author", "editor", "translator", "container-author"] as const) {
    const list = out[role];
    if (!list) continue;
    out[role] = list.map((n) =>
      n.family && !n.given && !n["non-dropping-particle"] && !n["dropping-particle"] && !n.literal ? { literal: `<span class="nocase">${n.family}</span>` } : n,
    );
  }
  if (out.DOI) out.DOI = out.DOI.trim().replace(DOI_PREFIX, "");
  if (out.URL) out.URL = out.URL.trim();
  // 8.3: the first edition is not given.
  if (out.edition && FIRST_EDITION.test(out.edition.trim())) delete out.edition;
  return out;
}

interface CiteInstance {
  data: unknown[];
}
type CiteConstructor = new (data: string, options: Record<string, unknown>) => CiteInstance;

/** A piece of the .bib text handed to citation-js, and where it starts in the file. */
interface Chunk {
  line: number;
  text: string;
}

/** Joins chunks into one text, with a map from its lines back to the file's. */
function joinChunks(chunks: readonly Chunk[]): { text: string; fileLine: (line: number) => number } {
  const starts: { at: number; line: number }[] = [];
  let at = 1;
  for (const c of chunks) {
    starts.push({ at, line: c.line });
    at += c.text.split("\n").length;
  }
  const fileLine = (line: number) => {
    const chunk = starts.filter((s) => s.at <= line).at(-1);
    return chunk ? chunk.line + (line - chunk.at) : line;
  };
  return { text: chunks.map((c) => c.text).join("\n"), fileLine };
}

const CROSSREF = /(?:^|[,\s])crossref\s*=\s*[{"]?\s*([^,}"\s]+)/i;

/** The wanted entries and, transitively, the entries they name in `crossref`. */
function withCrossrefs(scanned: readonly ScannedEntry[], wanted: Iterable<string>): ScannedEntry[] {
  const byKey = new Map(scanned.map((s) => [s.key, s]));
  const keep = new Set<ScannedEntry>();
  const queue = [...wanted];
  while (queue.length > 0) {
    const entry = byKey.get(queue.pop() ?? "");
    if (!entry || keep.has(entry)) continue;
    keep.add(entry);
    const target = CROSSREF.exec(entry.text)?.[1];
    if (target) queue.push(target);
  }
  return scanned.filter((s) => keep.has(s));
}

/**
 * Parses the text of a .bib file (named `file` in messages). Throws a BibliographyError on bad input.
 * With `wanted`, only those entries (and what they cross-reference) are converted to CSL-JSON: a
 * whole-library export is scanned for keys, lines and duplicates, but only the cited works are parsed.
 */
export function parseBibliography(file: string, text: string, wanted?: Iterable<string>): Bibliography {
  const { entries: scanned, macros } = scanBibtexFile(text);
  duplicateCheck(file, scanned);
  const whole = wanted === undefined;
  const unclosed = scanned.find((s) => s.closed === false);
  if (!whole && unclosed) {
    throw new BibliographyError(
      `${file}:${unclosed.line}: BibTeX syntax error (in the entry "${unclosed.key}" that starts at line ${unclosed.line}): its braces never close, so it runs to the end of the file. Check that entry's braces.`,
    );
  }
  const chosen = whole ? scanned : withCrossrefs(scanned, wanted);
  const source = whole ? { text, fileLine: (line: number) => line } : joinChunks([...macros, ...chosen]);
  let data: unknown[] = [];
  if (chosen.length > 0) {
    try {
      data = new (Cite as unknown as CiteConstructor)(source.text, { forceType: "@biblatex/text", generateGraph: false }).data;
    } catch (error) {
      throw syntaxError(file, error, scanned, source.fileLine);
    }
  }
  const byKey = new Map(chosen.map((s) => [s.key, s]));
  const entries = new Map<string, BibEntry>();
  for (const raw of data) {
    const parsed = CslItemSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown }).id;
      throw new BibliographyError(`${file}: the entry "${String(id)}" could not be read: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`);
    }
    const scannedEntry = byKey.get(parsed.data.id);
    const language = workLanguage(parsed.data);
    const item = normalise(parsed.data, language, scannedEntry?.text ?? "");
    entries.set(item.id, { key: item.id, line: scannedEntry?.line ?? 0, item, language, missing: missingFields(item) });
  }
  for (const s of chosen) {
    if (!entries.has(s.key)) {
      throw new BibliographyError(`${file}:${s.line}: the entry "${s.key}" could not be read. Check its type (@article, @book, …) and its fields.`);
    }
  }
  const crossrefTargets = new Set<string>();
  for (const s of scanned) {
    const target = CROSSREF.exec(s.text)?.[1];
    if (target) crossrefTargets.add(target);
  }
  return { file, entries, keys: new Map(scanned.map((s) => [s.key, s.line])), crossrefTargets };
}
