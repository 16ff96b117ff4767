// biblatex's data inheritance (crossref and xdata) done on the .bib text, before citation-js reads it.
// citation-js knows only part of biblatex's table; doing it here, field by field, keeps the rules in
// one place we can test against biber and lets cycles and bombs be reported by entry and line.

/** One `name = value` of an entry: the value as written (braces, quotes, macros and `#` kept). */
export interface RawField {
  /** Lower-cased, as BibTeX compares field names. */
  name: string;
  value: string;
}

/** An entry split into its head (`@type{key`) and fields. */
export interface SplitEntry {
  type: string;
  key: string;
  fields: RawField[];
}

/** Where a value expression written from `from` ends: at the `,` or closing bracket at depth 0. */
function valueEnd(text: string, from: number, close: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && depth > 0) depth--;
    else if (c === '"' && depth === 0) quoted = !quoted;
    else if (!quoted && depth === 0 && (c === "," || c === close || c === "}")) return i;
  }
  return text.length;
}

/** Splits an entry's text (as the scanner found it) into fields; undefined when it has no `key,` head. */
export function splitEntry(text: string): SplitEntry | undefined {
  const head = /^@\s*([A-Za-z][\w-]*)\s*([{(])\s*([^,\s]+)\s*,/.exec(text);
  if (!head?.[1] || !head[3]) return undefined;
  const close = head[2] === "(" ? ")" : "}";
  const fields: RawField[] = [];
  let i = head[0].length;
  while (i < text.length) {
    const name = /^[\s,]*([^\s=,{}()"#]+)\s*=\s*/.exec(text.slice(i, i + 300));
    if (!name?.[1]) break;
    const from = i + name[0].length;
    const end = valueEnd(text, from, close);
    fields.push({ name: name[1].toLowerCase(), value: text.slice(from, end).trim() });
    i = end;
  }
  return { type: head[1].toLowerCase(), key: head[3], fields };
}

/** Writes an entry back; values keep their own text but never their newlines (lines are the file's). */
export function joinEntry(entry: SplitEntry): string {
  const body = entry.fields.map((f) => `${f.name} = ${f.value.replace(/\r?\n/g, " ")}`).join(", ");
  return `@${entry.type}{${entry.key}, ${body}}`;
}

/** biblatex's `* → *` rule: fields that belong to the entry itself and are never inherited. */
const NEVER = new Set([
  "ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options", "presort",
  "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey",
]);

/** Title fields that a part takes from its whole under another name (biblatex manual, appendix B). */
const TITLE_FIELDS = ["title", "subtitle", "titleaddon"] as const;
const UNINHERITED_TITLES = ["shorttitle", "sorttitle", "indextitle", "indexsorttitle"];

const BOOK_PARTS = ["inbook", "bookinbook", "suppbook"];
const COLLECTION_PARTS = ["incollection", "inreference", "suppcollection"];

/** A row of biblatex's default inheritance table: parents, children, and the prefix titles take. */
interface TitleRule {
  parents: string[];
  children: string[];
  prefix: "main" | "book" | "journal";
}

/** biblatex's default inheritance setup (manual §B, "Default Inheritance Setup"), title rows. */
export const TITLE_RULES: readonly TitleRule[] = [
  { parents: ["mvbook"], children: ["book", ...BOOK_PARTS], prefix: "main" },
  { parents: ["mvcollection", "mvreference"], children: ["collection", "reference", ...COLLECTION_PARTS], prefix: "main" },
  { parents: ["mvproceedings"], children: ["proceedings", "inproceedings"], prefix: "main" },
  { parents: ["book"], children: BOOK_PARTS, prefix: "book" },
  { parents: ["collection", "reference"], children: COLLECTION_PARTS, prefix: "book" },
  { parents: ["proceedings"], children: ["inproceedings"], prefix: "book" },
  { parents: ["periodical"], children: ["article", "suppperiodical"], prefix: "journal" },
];

/**
 * Beyond biblatex's table: a chapter or paper (@incollection, @inproceedings, @inbook…) whose parent
 * is some other kind of whole book (Zotero and Better BibTeX export a "book section" of a @book as
 * @incollection) takes the book's title as its booktitle. biblatex would leave it with no booktitle,
 * which GB/T 7714 cannot print; the author plainly meant the book.
 */
const WHOLE_BOOKS = ["book", "collection", "reference", "proceedings"];
const PARTS = [...BOOK_PARTS, ...COLLECTION_PARTS, "inproceedings"];

/** BibTeX's type names that biblatex reads as its own (`@conference` is `@inproceedings`). */
const TYPE_ALIASES: Record<string, string> = { conference: "inproceedings", electronic: "online", www: "online" };

/** The field names a parent's field takes in a child of this type (none: it is not inherited). */
export function inheritedNames(parentTypeAsWritten: string, childTypeAsWritten: string, field: string): string[] {
  const parentType = TYPE_ALIASES[parentTypeAsWritten] ?? parentTypeAsWritten;
  const childType = TYPE_ALIASES[childTypeAsWritten] ?? childTypeAsWritten;
  if (NEVER.has(field)) return [];
  if (field === "author" && ["mvbook", "book"].includes(parentType) && BOOK_PARTS.includes(childType)) return ["author", "bookauthor"];
  const rule =
    TITLE_RULES.find((r) => r.parents.includes(parentType) && r.children.includes(childType)) ??
    (WHOLE_BOOKS.includes(parentType) && PARTS.includes(childType) ? { prefix: "book" as const } : undefined);
  if (!rule) return [field];
  if (UNINHERITED_TITLES.includes(field)) return [];
  const title = TITLE_FIELDS.find((t) => t === field);
  if (!title) return [field];
  // biblatex's periodical rule has no journaltitleaddon: an article keeps the periodical's titleaddon.
  if (rule.prefix === "journal" && title === "titleaddon") return [field];
  return [`${rule.prefix}${title}`];
}

/** BibTeX names biber reads as biblatex's before inheriting: a child's `journal` is its `journaltitle`. */
const ALIASES: Record<string, string> = {
  journal: "journaltitle", address: "location", school: "institution", annote: "annotation",
  archiveprefix: "eprinttype", primaryclass: "eprintclass", key: "sortkey", pdf: "file",
};
const canonical = (name: string) => ALIASES[name] ?? name;

/** A child's fields completed from its parent's: the child's own always win (biblatex's override=false). */
export function inheritFrom(child: SplitEntry, parent: SplitEntry): SplitEntry {
  const has = new Set(child.fields.map((f) => canonical(f.name)));
  const added: RawField[] = [];
  for (const field of parent.fields) {
    for (const name of inheritedNames(parent.type, child.type, canonical(field.name))) {
      if (has.has(name)) continue;
      has.add(name);
      added.push({ name, value: field.value });
    }
  }
  return { ...child, fields: [...child.fields, ...added] };
}

/** XData: every field of the named @xdata entries, under its own name, where the entry has none. */
export function inheritXdata(entry: SplitEntry, sources: readonly SplitEntry[]): SplitEntry {
  const has = new Set(entry.fields.map((f) => canonical(f.name)));
  const added: RawField[] = [];
  for (const source of sources) {
    for (const field of source.fields) {
      const name = canonical(field.name);
      if (NEVER.has(name) || has.has(name)) continue;
      has.add(name);
      added.push(field);
    }
  }
  return { ...entry, fields: [...entry.fields, ...added] };
}

/** The plain text of a one-key or list field (`{a, b}`, `"a"`, `a`), split at commas. */
export function keyList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .replace(/^[{"]|[}"]$/g, "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
}

/** Why an entry's inheritance cannot be resolved; the caller adds file and line. */
export class InheritanceError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Resolves xdata, then crossref, for every entry asked for, recursively (a @book inherits from its
 * @mvbook before an @inbook inherits from the book), as biber does. A key met again on its own
 * path is a cycle; a parent that is not in the file is ignored, as biber ignores it (with a warning).
 */
export function resolveInheritance(entries: ReadonlyMap<string, SplitEntry>, keys: Iterable<string>): Map<string, SplitEntry> {
  const done = new Map<string, SplitEntry>();
  const xdataDone = new Map<string, SplitEntry>();
  const field = (e: SplitEntry, name: string) => e.fields.find((f) => f.name === name)?.value;
  const cycle = (path: string[], key: string, via: string) =>
    new InheritanceError(path[0] ?? key, `its ${via} chain loops: ${[...path, key].join(" → ")}. Remove one of these ${via} fields.`);

  const withXdata = (entry: SplitEntry, path: string[]): SplitEntry => {
    const cached = xdataDone.get(entry.key);
    if (cached) return cached;
    const sources = keyList(field(entry, "xdata")).flatMap((k) => {
      if (path.includes(k)) throw cycle(path, k, "xdata");
      const source = entries.get(k);
      return source ? [withXdata(source, [...path, k])] : [];
    });
    const resolved = inheritXdata(entry, sources);
    xdataDone.set(entry.key, resolved);
    return resolved;
  };

  const resolve = (key: string, path: string[]): SplitEntry | undefined => {
    const cached = done.get(key);
    if (cached) return cached;
    const entry = entries.get(key);
    if (!entry) return undefined;
    let resolved = withXdata(entry, [key]);
    const parentKey = keyList(field(entry, "crossref"))[0];
    if (parentKey !== undefined) {
      if (path.includes(parentKey)) throw cycle(path, parentKey, "crossref");
      const parent = resolve(parentKey, [...path, parentKey]);
      if (parent) resolved = inheritFrom(resolved, parent);
    }
    resolved = { ...resolved, fields: resolved.fields.filter((f) => f.name !== "crossref" && f.name !== "xdata") };
    done.set(key, resolved);
    return resolved;
  };

  const out = new Map<string, SplitEntry>();
  for (const key of keys) {
    const resolved = resolve(key, [key]);
    if (resolved) out.set(key, resolved);
  }
  return out;
}
