// Reads a .bib file as Zotero, Better BibTeX and JabRef export it: finds its entries and their lines,
// rejects duplicate keys and syntax errors by line, and turns entries into checked CSL-JSON.
import { Cite } from "rehype-citation";
import { LANGS, LOCALES, type Lang, type Script } from "../i18n/locales.ts";
import { InheritanceError, joinEntry, keyList, resolveInheritance, splitEntry, type SplitEntry } from "./inheritance.ts";
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
  /** How deep its braces nest: citation-js reads them recursively, so a hostile file is stopped first. */
  depth?: number;
}

/** What a scan finds: data entries, and the @string/@preamble definitions that entries may use. */
export interface BibScan {
  entries: ScannedEntry[];
  macros: { line: number; text: string; depth?: number }[];
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
    let deepest = 0;
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
        if (depth > deepest) deepest = depth;
      } else if (c === "}" || (c === close && depth === 1)) {
        depth--;
        if (depth === 0) break;
      }
    }
    const end = Math.min(j + 1, text.length);
    const startLine = lineAt(at);
    if (type === "string" || type === "preamble") {
      macros.push({ line: startLine, text: text.slice(at, end), depth: deepest });
    } else {
      const key = /^\s*([^,\s]+)\s*,/.exec(text.slice(at + head[0].length, Math.min(end, at + head[0].length + 500)))?.[1];
      if (key) entries.push({ type, key, line: startLine, text: text.slice(at, end), closed: j < text.length, depth: deepest });
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

/** The keys an entry names in `crossref` and `xdata`: the entries it inherits from. */
function parentKeys(entry: ScannedEntry): string[] {
  const fields = splitEntry(entry.text)?.fields ?? [];
  return fields.filter((f) => f.name === "crossref" || f.name === "xdata").flatMap((f) => keyList(f.value));
}

/** The wanted entries and, transitively, the entries they inherit from. */
function withParents(scanned: readonly ScannedEntry[], wanted: Iterable<string>): ScannedEntry[] {
  const byKey = new Map(scanned.map((s) => [s.key, s]));
  const keep = new Set<ScannedEntry>();
  const queue = [...wanted];
  while (queue.length > 0) {
    const entry = byKey.get(queue.pop() ?? "");
    if (!entry || keep.has(entry)) continue;
    keep.add(entry);
    queue.push(...parentKeys(entry));
  }
  return scanned.filter((s) => keep.has(s));
}

/** Control characters other than tab and line breaks (NUL, ESC, …): never part of a reference, never sent to a page. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Deeper than any accent or protected word; citation-js recurses on braces, so deeper input is refused. */
export const MAX_BRACE_DEPTH = 64;
/** Longer than any field: a @string that expands past this is a macro bomb (each doubling the last). */
export const MAX_EXPANSION = 100_000;

function depthCheck(file: string, scanned: readonly ScannedEntry[], macros: BibScan["macros"]): void {
  const entry = scanned.find((s) => (s.depth ?? 0) > MAX_BRACE_DEPTH);
  const macro = macros.find((m) => (m.depth ?? 0) > MAX_BRACE_DEPTH);
  const first = [entry, macro].filter((x) => x !== undefined).sort((a, b) => a.line - b.line)[0];
  if (!first) return;
  const name = "key" in first ? `the entry "${first.key}"` : "this @string or @preamble";
  throw new BibliographyError(
    `${file}:${first.line}: ${name} nests braces ${first.depth} deep; more than ${MAX_BRACE_DEPTH} is refused. Check the braces of the entry that starts at line ${first.line}.`,
  );
}

/** The parts of a value joined by `#` (outside braces and quotes). */
function concatenated(expr: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && depth > 0) depth--;
    else if (c === '"' && depth === 0) quoted = !quoted;
    else if (c === "#" && depth === 0 && !quoted) {
      parts.push(expr.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(expr.slice(from).trim());
  return parts;
}

/** How long a value is once its macros are expanded, from the lengths of the macros defined so far. */
function expandedLength(expr: string, lengths: ReadonlyMap<string, number>): number {
  return concatenated(expr).reduce((sum, part) => sum + (/^[{"]/.test(part) ? part.length - 2 : /^\d+$/.test(part) ? part.length : (lengths.get(part.toLowerCase()) ?? part.length)), 0);
}

const STRING_HEAD = /^@\s*string\s*[{(]\s*([^\s=#,{}()"]+)\s*=\s*/i;

/** Refuses a @string, or a field, that expands past MAX_EXPANSION, before citation-js expands it. */
function expansionCheck(file: string, macros: BibScan["macros"], entries: readonly { line: number; entry: SplitEntry }[]): void {
  const lengths = new Map<string, number>();
  for (const m of macros) {
    const head = STRING_HEAD.exec(m.text);
    if (!head?.[1]) continue;
    const length = expandedLength(m.text.slice(head[0].length, -1), lengths);
    if (length > MAX_EXPANSION) {
      throw new BibliographyError(
        `${file}:${m.line}: the @string "${head[1]}" expands to ${grouped(length)} characters (more than ${grouped(MAX_EXPANSION)}): its macros are joined into one another with "#". A @string is a short name for a journal or publisher; shorten it.`,
      );
    }
    lengths.set(head[1].toLowerCase(), length);
  }
  for (const { line, entry } of entries) {
    for (const f of entry.fields) {
      const length = expandedLength(f.value, lengths);
      if (length > MAX_EXPANSION) {
        throw new BibliographyError(`${file}:${line}: the field ${f.name} of the entry "${entry.key}" expands to ${grouped(length)} characters (more than ${grouped(MAX_EXPANSION)}); shorten it or the @string macros it joins.`);
      }
    }
  }
}

// Thousands grouped with commas whatever the machine's locale, as the other messages write counts.
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

/** The entries handed to citation-js: inherited fields written in, on the entry's own lines. */
function resolvedChunks(file: string, chosen: readonly ScannedEntry[], macros: BibScan["macros"]): Chunk[] {
  const split = new Map(chosen.flatMap((s) => {
    const entry = splitEntry(s.text);
    return entry ? [[s.key, entry] as const] : [];
  }));
  const works = chosen.filter((s) => s.type !== "xdata");
  let resolved: Map<string, SplitEntry>;
  try {
    resolved = resolveInheritance(split, works.map((s) => s.key));
  } catch (error) {
    if (!(error instanceof InheritanceError)) throw error;
    const line = chosen.find((s) => s.key === error.key)?.line ?? 0;
    throw new BibliographyError(`${file}:${line}: the entry "${error.key}": ${error.message}`);
  }
  expansionCheck(file, macros, works.flatMap((s) => {
    const entry = resolved.get(s.key);
    return entry ? [{ line: s.line, entry }] : [];
  }));
  return [
    ...macros,
    ...works.map((s) => {
      const entry = resolved.get(s.key);
      const inherits = parentKeys(s).length > 0;
      // Same number of lines as the original, so that lines in citation-js's messages still map back.
      return { line: s.line, text: entry && inherits ? joinEntry(entry) + "\n".repeat(s.text.split("\n").length - 1) : s.text };
    }),
  ];
}

/**
 * Parses the text of a .bib file (named `file` in messages). Throws a BibliographyError on bad input.
 * With `wanted`, only those entries (and what they inherit from) are converted to CSL-JSON: a
 * whole-library export is scanned for keys, lines and duplicates, but only the cited works are parsed.
 * crossref and xdata are resolved here, by biblatex's rules (see inheritance.ts); @xdata entries are not works.
 */
export function parseBibliography(file: string, rawText: string, wanted?: Iterable<string>): Bibliography {
  const text = rawText.replace(CONTROL, "");
  const { entries: scanned, macros } = scanBibtexFile(text);
  duplicateCheck(file, scanned);
  depthCheck(file, scanned, macros);
  const whole = wanted === undefined;
  const unclosed = scanned.find((s) => s.closed === false);
  if (!whole && unclosed) {
    throw new BibliographyError(
      `${file}:${unclosed.line}: BibTeX syntax error (in the entry "${unclosed.key}" that starts at line ${unclosed.line}): its braces never close, so it runs to the end of the file. Check that entry's braces.`,
    );
  }
  const chosen = whole ? scanned : withParents(scanned, wanted);
  const source = joinChunks(resolvedChunks(file, chosen, macros));
  let data: unknown[] = [];
  if (chosen.some((s) => s.type !== "xdata")) {
    try {
      data = new (Cite as unknown as CiteConstructor)(source.text, { forceType: "@biblatex/text", generateGraph: false }).data;
    } catch (error) {
      throw syntaxError(file, error, scanned, source.fileLine);
    }
  }
  const byKey = new Map(chosen.map((s) => [s.key, s]));
  const entries = new Map<string, BibEntry>();
  const warnings: string[] = [];
  for (const raw of data) {
    const parsed = CslItemSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown }).id;
      throw new BibliographyError(`${file}: the entry "${String(id)}" could not be read: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`);
    }
    const scannedEntry = byKey.get(parsed.data.id);
    const line = scannedEntry?.line ?? 0;
    const language = workLanguage(parsed.data);
    const item = safeLinks(normalise(parsed.data, language, scannedEntry?.text ?? ""), scannedEntry?.text ?? "", (m) => warnings.push(`${file}:${line}: the entry "${parsed.data.id}": ${m}`));
    entries.set(item.id, { key: item.id, line, item, language, missing: missingFields(item) });
  }
  for (const s of chosen) {
    if (s.type !== "xdata" && !entries.has(s.key)) {
      throw new BibliographyError(`${file}:${s.line}: the entry "${s.key}" could not be read. Check its type (@article, @book, …) and its fields.`);
    }
  }
  const crossrefTargets = new Set<string>(scanned.flatMap((s) => (s.type === "xdata" ? [s.key] : parentKeys(s))));
  return { file, entries, keys: new Map(scanned.map((s) => [s.key, s.line])), crossrefTargets, warnings };
}

/** An absolute http(s) URL with nothing in it a browser would read otherwise. */
const SAFE_URL = /^https?:\/\/[^\s\\]+$/i;
/** A DOI as the DOI Handbook defines it (10.prefix/suffix), with no spaces, braces, quotes or markup. */
const SAFE_DOI = /^10\.\d{4,9}\/[^\s{}<>"'\\]+$/;

/** Drops a URL that is not http(s) (javascript:, data:) and a DOI that is not one, each with a warning. */
function safeLinks(item: CslItem, entryText: string, warn: (message: string) => void): CslItem {
  const out = { ...item };
  if (out.URL !== undefined && !SAFE_URL.test(out.URL)) {
    warn(`its url "${printable(out.URL)}" is not an http(s) address, so it is left out. Give the work's web address (https://…).`);
    delete out.URL;
  }
  const written = splitEntry(entryText)?.fields.find((f) => f.name === "doi")?.value.replace(/^\{([^]*)\}$|^"([^]*)"$/, "$1$2");
  if (out.DOI !== undefined && (!SAFE_DOI.test(out.DOI) || /[{}]/.test(written ?? ""))) {
    warn(`its doi "${printable(written ?? out.DOI)}" is not a DOI (10.prefix/suffix, with no spaces, braces or markup), so it is left out.`);
    delete out.DOI;
  }
  return out;
}

/** A value quoted in a message: short, on one line. */
const printable = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value).replace(/\s+/g, " ");
