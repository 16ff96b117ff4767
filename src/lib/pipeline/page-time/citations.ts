// Rehype plugin: resolves [@key] citations against bibliography/references.bib, numbers them in order of
// first citation in the original, links them both ways, and appends the GB/T 7714 reference list.
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import path from "node:path";
import type { VFile } from "vfile";
import type { Lang } from "../../i18n/ui.ts";
import { pageLang } from "../file/file-frontmatter.ts";
import { existingPaperFile, INPUT_FILES } from "../../inputs/paths.ts";
import { readFromDisk, type ReadInput } from "../../inputs/read.ts";
import { sourceLines } from "../file/source-lines.ts";
import { BibliographyError, parseBibliography } from "../../bibliography/bibtex.ts";
import { formatEntries, readStyleFiles } from "../../bibliography/format.ts";
import { citationOrder, findMarkers, MarkerSyntaxError, type Marker } from "../../syntax/citation-markers.ts";
import { didYouMean } from "../../syntax/nearest-key.ts";
import { citationElement, entryId, referenceList, type CitationSite, type Work } from "../../bibliography/render.ts";
import type { BibEntry, Bibliography } from "../../bibliography/schema.ts";
import { hasClass } from "../hast/has-class.ts";

export interface CitationOptions {
  /** Project root: the files below are relative to it. */
  root: string;
  bibliography?: string;
  /** The paper's original language: its order of first citation numbers the works in every language. */
  original: Lang;
  /** The original's file, when it is not content/paper/<original>.md (or .mdx). */
  numberingSource?: string;
  /**
   * The numbering source's cited keys in order of first citation, when the caller has already
   * resolved that text (the page does: it resolves the original first); otherwise the file is read.
   */
  numberingKeys?: readonly string[];
  /** Reads the files above instead of the disk (the page passes what its bundler loaded and watches). */
  read?: ReadInput;
  /** Fail instead of warning about incomplete or uncited entries. Default: the STRICT_BIB variable. */
  strict?: boolean;
  /** Where warnings go; each distinct warning is given once per process. */
  warn?: (message: string) => void;
  /** List every incomplete entry by line, rather than a one-line count. Default: the BIB_DETAILS variable. */
  details?: boolean;
}

export function strictFromEnv(value: string | undefined): boolean {
  return value !== undefined && !["", "0", "false", "no"].includes(value.trim().toLowerCase());
}

/** The last bibliography parsed, kept while its text and the keys asked for are unchanged (both pages cite the same works). */
let parsed: { file: string; text: string; wanted: string; bib: Bibliography } | undefined;
function loadBibliography(read: ReadInput, file: string, keys: Iterable<string>): Bibliography {
  const text = read(file);
  if (text === undefined) throw new BibliographyError(`${file}: no such file. The paper's citations are resolved from it; see bibliography/README.md.`);
  const wanted = [...new Set(keys)].sort().join("\n");
  if (parsed?.file !== file || parsed.text !== text || parsed.wanted !== wanted) {
    parsed = { file, text, wanted, bib: parseBibliography(file, text, wanted ? wanted.split("\n") : []) };
  }
  return parsed.bib;
}

/** "10,000": thousands grouped as the build's messages (in English) write them, whatever the system's locale. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "a, b, c and 9,997 more": enough keys to recognise a list without printing a library. */
function someKeys(keys: readonly string[], shown = 5): string {
  const more = keys.length - shown;
  return keys.slice(0, shown).join(", ") + (more > 0 ? ` and ${grouped(more)} more` : "");
}

/** Data the plugin leaves on the file: the keys in order of first citation on this page. */
export interface CitationData {
  citationOrder?: string[];
}

/** Warnings kept until the build has printed its route list, so that none lands in the middle of it. */
const deferred: string[] = [];

/**
 * One function for every run, so that a warning given for one page is not repeated for the other. In a
 * build (NODE_ENV=production) the warnings wait for the process to finish its work; in dev they are printed at once.
 */
const consoleWarn = (message: string) => {
  if (process.env["NODE_ENV"] !== "production") {
    console.warn(`\n${message}`);
    return;
  }
  // On exit: Astro ends its build with process.exit, so beforeExit never comes.
  if (deferred.length === 0) process.once("exit", () => console.warn(`\n${deferred.splice(0).join("\n")}`));
  deferred.push(message);
};
const given = new WeakMap<(message: string) => void, Set<string>>();
/** What each missing field means for the page, as the header over the entries that lack it. */
const MISSING_HEADER: Record<string, string> = {
  title: 'no title (the site shows such an entry as "bibliographic details not given in the source")',
  date: "no date (year or date)",
  journal: "no journal (journaltitle)",
  booktitle: "no booktitle (the book or proceedings a chapter or paper is in; a crossref to the parent entry gives it)",
  url: "no url (an online work needs its http(s) address)",
};

/** The incomplete entries under one header per missing field, so each line says what is missing. */
function byMissingField(incomplete: readonly BibEntry[], bibFile: string): string[] {
  const fields = [...new Set(incomplete.flatMap((e) => e.missing))];
  return fields.flatMap((field) => [
    `  ${MISSING_HEADER[field] ?? `no ${field}`}:`,
    ...incomplete.filter((e) => e.missing.includes(field)).map((e) => `    ${bibFile}:${e.line} ${e.key}`),
  ]);
}

/** "no title: 19, no date: 19". */
function missingCounts(incomplete: readonly BibEntry[]): string {
  const fields = [...new Set(incomplete.flatMap((e) => e.missing))];
  return fields.map((f) => `no ${f}: ${incomplete.filter((e) => e.missing.includes(f)).length}`).join(", ");
}

function warnOnce(warn: (message: string) => void, message: string): void {
  const seen = given.get(warn) ?? new Set<string>();
  given.set(warn, seen);
  if (seen.has(message)) return;
  seen.add(message);
  warn(message);
}

/** Text nodes that may hold citations: not in code, links or citations already made. */
const SKIP = new Set(["code", "pre", "script", "style", "a", "kbd", "samp"]);

interface Found {
  text: Text;
  parent: Element | Root;
  markers: Marker[];
  /** The source line where the text node starts. */
  line: number | undefined;
  section: string | undefined;
  paragraph: string | undefined;
}

const isCitation = (node: Element) => hasClass(node, "citation");

function place(id: unknown, section: string | undefined): { section: string | undefined; paragraph: string | undefined } {
  const m = typeof id === "string" ? /^sec-([\d-]+?)(?:-p(\d+))?$/.exec(id) : null;
  if (m) return { section: (m[1] ?? "").replaceAll("-", "."), paragraph: m[2] };
  return { section, paragraph: undefined };
}

function collect(tree: Root, location: (line: number | undefined) => string, lineOf: (node: RootContent | Root) => number | undefined): Found[] {
  const found: Found[] = [];
  let section: string | undefined;
  const walk = (node: Element | Root, where: { section: string | undefined; paragraph: string | undefined }, line: number | undefined) => {
    for (const child of node.children) {
      if (child.type === "text") {
        const start = lineOf(child) ?? line;
        let markers: Marker[];
        try {
          markers = findMarkers(child.value);
        } catch (error) {
          if (error instanceof MarkerSyntaxError) {
            throw new Error(`${location(addLines(start, child.value, error.offset))}: ${error.message}`);
          }
          throw error;
        }
        if (markers.length > 0) found.push({ text: child, parent: node, markers, line: start, ...where });
      } else if (child.type === "element" && !SKIP.has(child.tagName) && !isCitation(child)) {
        walk(child, where, lineOf(child) ?? line);
      }
    }
  };
  for (const child of tree.children) {
    if (child.type !== "element") continue;
    const id = child.properties["id"];
    if (/^h[2-6]$/.test(child.tagName) && typeof id === "string" && id.startsWith("sec-")) section = place(id, undefined).section;
    if (SKIP.has(child.tagName) || isCitation(child)) continue;
    walk(child, place(id, section), lineOf(child));
  }
  return found;
}

function addLines(line: number | undefined, text: string, offset: number): number | undefined {
  return line === undefined ? undefined : line + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

export function rehypeCitations(options: CitationOptions) {
  const bibFile = options.bibliography ?? INPUT_FILES.bibliography;
  const numberingLang = options.original;
  const warn = options.warn ?? consoleWarn;

  return (tree: Root, file: VFile): void => {
    const lang = pageLang(file);
    if (!lang) return;
    const strict = options.strict ?? strictFromEnv(process.env["STRICT_BIB"]);
    const lines = sourceLines(file);
    const location = lines.at;

    const read = options.read ?? readFromDisk(options.root);
    // The file being read, when it is the original: its real name (.md or .mdx).
    const numberingSource = () =>
      options.numberingSource ?? (lang === numberingLang && file.path ? path.relative(process.cwd(), file.path) : existingPaperFile(numberingLang, read));
    const found = collect(tree, location, (node) => lines.line(node));
    const cited = found.flatMap((f) => f.markers.flatMap((m) => m.keys));
    let numberingSourceKeys: readonly string[] | undefined;
    if (lang !== numberingLang) {
      if (options.numberingKeys) {
        numberingSourceKeys = options.numberingKeys;
      } else {
        const file = numberingSource();
        const source = read(file);
        if (source === undefined) throw new Error(`${file}: not found; the reference numbers follow its order of citation.`);
        numberingSourceKeys = citationOrder(source);
      }
    }
    const bib = loadBibliography(read, bibFile, [...cited, ...(numberingSourceKeys ?? [])]);

    // Every key must be in the bibliography.
    const pageOrder: string[] = [];
    for (const f of found) {
      for (const m of f.markers) {
        for (const key of m.keys) {
          if (!bib.entries.has(key)) {
            throw new Error(
              `${location(addLines(f.line, f.text.value, m.start))}: citation key "${key}" is not in ${bibFile}.${didYouMean(key, bib.keys.keys())} Add an entry with that key there (see bibliography/README.md), or correct the key.`,
            );
          }
          if (!pageOrder.includes(key)) pageOrder.push(key);
        }
      }
    }

    // Numbers follow the first citations in the original, in every language.
    const numberingKeys = numberingSourceKeys ? numberingSourceKeys.filter((k) => bib.entries.has(k)) : pageOrder;
    (file.data as CitationData).citationOrder = pageOrder;
    const order = [...numberingKeys, ...pageOrder.filter((k) => !numberingKeys.includes(k))];

    // Only cited works are checked: in a library export, incomplete uncited entries are none of the paper's business.
    const incomplete = order.flatMap((k) => bib.entries.get(k) ?? []).filter((e) => e.missing.length > 0);
    if (incomplete.length > 0) {
      const head = `[bibliography] ${incomplete.length} of the ${order.length} works cited from ${bibFile} are incomplete`;
      const detailed = `${head}:\n${byMissingField(incomplete, bibFile).join("\n")}\nPaste the complete entries (see bibliography/README.md); STRICT_BIB=1 makes this an error.`;
      if (strict) throw new Error(`${detailed}\n(STRICT_BIB is set, so this fails the build.)`);
      // One line unless asked for more: an unfinished bibliography is a known state, not news at every build.
      warnOnce(warn, options.details ?? strictFromEnv(process.env["BIB_DETAILS"]) ? detailed : `${head} (${missingCounts(incomplete)}); BIB_DETAILS=1 lists them by line, STRICT_BIB=1 makes this an error.`);
    }
    // What reading the .bib left out (a javascript: url, a malformed doi), each named once.
    for (const warning of bib.warnings) warnOnce(warn, `[bibliography] ${warning}`);
    // Uncited entries are normal (a whole library exported to one file): one line, never an error.
    const uncited = [...bib.keys.keys()].filter((k) => !numberingKeys.includes(k) && !bib.crossrefTargets.has(k));
    if (uncited.length > 0) {
      warnOnce(
        warn,
        `[bibliography] ${grouped(uncited.length)} of ${grouped(bib.keys.size)} entries in ${bibFile} are not cited in ${numberingSource()} and are not listed (${someKeys(uncited)}).`,
      );
    }
    // Format every numbered work with citeproc-js in the page's locale (each entry in its own language).
    const styleFiles = readStyleFiles(read);
    const entries = order.map((key) => {
      const entry = bib.entries.get(key);
      if (!entry) throw new Error(`unreachable: ${key} was checked`);
      return entry;
    });
    const texts = formatEntries(
      entries.map((e) => e.item),
      lang,
      styleFiles,
    );
    const works = new Map<string, Work>(
      entries.map((e, i) => [
        e.key,
        {
          key: e.key,
          number: i + 1,
          id: entryId(e.key),
          item: e.item,
          language: e.language,
          text: e.missing.includes("title") ? undefined : texts.get(e.key),
        },
      ]),
    );
    const ids = new Map<string, string>();
    for (const w of works.values()) {
      const other = ids.get(w.id);
      if (other) throw new BibliographyError(`${bibFile}: the keys "${other}" and "${w.key}" give the same page id "${w.id}"; rename one.`);
      ids.set(w.id, w.key);
    }

    // Replace the markers with citations, last first so offsets stay valid.
    const sites: CitationSite[] = [];
    let count = 0;
    for (const f of found) {
      const pieces: ElementContent[] = [];
      let cursor = 0;
      for (const m of f.markers) {
        count += 1;
        const site: CitationSite = { id: `cite-${count}`, keys: m.keys, section: f.section, paragraph: f.paragraph };
        sites.push(site);
        // The citation is a superscript: a space before it ("result [@key].") would stand alone before the number.
        const before = f.text.value.slice(cursor, m.start).replace(/[ \t\r\n]+$/, "");
        if (before) pieces.push({ type: "text", value: before });
        pieces.push(citationElement(site, works, lang));
        cursor = m.end;
      }
      if (cursor < f.text.value.length) pieces.push({ type: "text", value: f.text.value.slice(cursor) });
      const at = f.parent.children.indexOf(f.text);
      (f.parent.children as ElementContent[]).splice(at, 1, ...pieces);
    }

    if (works.size > 0) tree.children.push(referenceList([...works.values()], sites, lang));
  };
}
