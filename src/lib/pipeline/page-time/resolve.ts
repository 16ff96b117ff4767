// Page-time resolution of one rendered language version: annotations, counterpart links, numbers, cross-references and citations.
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { CONTINUE, SKIP, visit } from "unist-util-visit";
import { VFile } from "vfile";
import { rehypeCitations, type CitationData } from "./citations.ts";
import type { Lang } from "../../i18n/ui.ts";
import type { LanguagePair } from "../../i18n/language-pair.ts";
import { rehypeAnnotations } from "./place-annotations.ts";
import { rehypeCounterpartLinks } from "./counterpart-links.ts";
import { rehypeHeadingWords } from "./heading-words.ts";
import { rehypeHanSpaces } from "./han-space-marks.ts";
import { rehypeGlueMarks } from "./glue-marks.ts";
import { keptTerms } from "../../inputs/glossary.ts";
import { readLineMarks, stripLineMarks } from "../file/line-marks.ts";
import type { ReadInput } from "../../inputs/read.ts";
import type { LineMarkedData } from "../file/source-lines.ts";
import { resolveCrossRefs } from "./cross-refs.ts";
import { numberElements } from "./numbering.ts";

export interface ResolveOptions {
  lang: Lang;
  /** The paper's original and translation (content/metadata.yaml, `original`). */
  pair: LanguagePair;
  /** The paper file, relative to the project root, as error messages name it. */
  file: string;
  root: string;
  /** The data files (bibliography, styles, corrections, notes), as the page's bundler loaded them. */
  read: ReadInput;
  /** The original's cited keys in order of first citation: the numbering of every language. */
  numberingKeys?: readonly string[];
  strict?: boolean;
  warn?: (message: string) => void;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A heading or paragraph of the paper as published: its shared id, its text and its source line. */
export interface Block {
  id: string;
  text: string;
  line: number | undefined;
}

export interface ResolvedVersion {
  html: string;
  /** Headings as published (after corrections), for the contents. */
  headings: Heading[];
  /** Cited keys in order of first citation on this page. */
  citationOrder: string[];
  /** Headings and paragraphs with shared ids, in order (for checks across the two languages). */
  blocks: Block[];
}

function blocksOf(tree: Root, lineOf: (node: Element) => number | undefined): Block[] {
  const out: Block[] = [];
  for (const node of tree.children) {
    if (node.type !== "element" || !/^(h[2-4]|p)$/.test(node.tagName)) continue;
    const id = node.properties["id"];
    if (typeof id === "string" && id.startsWith("sec-")) out.push({ id, text: toString(node).trim(), line: lineOf(node) });
  }
  return out;
}

function headingsOf(tree: Root): Heading[] {
  const out: Heading[] = [];
  visit(tree, "element", (node) => {
    const id = node.properties["id"];
    if (!/^h[2-4]$/.test(node.tagName) || typeof id !== "string") return CONTINUE;
    out.push({ depth: Number(node.tagName.slice(1)), slug: id, text: toString(node).trim() });
    return SKIP;
  });
  return out;
}

/**
 * The content layer renders each paper file on its own (ids, line marks); everything that depends on
 * other files happens here, at page time, where the bundler watches those files. That is what lets an
 * edit to the bibliography or the corrections show in the dev server at once, and never half-applied.
 */
export function resolveVersion(html: string, options: ResolveOptions): ResolvedVersion {
  const tree = fromHtml(html, { fragment: true });
  const file = new VFile({ path: options.file });
  const lineOf = readLineMarks(tree);
  file.data = { astro: { frontmatter: { lang: options.lang } }, lineOf } satisfies LineMarkedData & Record<string, unknown>;
  rehypeAnnotations({ root: options.root, pair: options.pair, read: options.read })(tree, file);
  rehypeCounterpartLinks(options.pair)(tree, file);
  // Headings break only between words; after corrections have changed their text and the badges are in.
  rehypeHeadingWords(keptTerms(options.read))(tree, file);
  // Numbers and cross-references before citations: reserved keys never reach the bibliography.
  resolveCrossRefs(tree, file, options.lang, numberElements(tree, options.lang));
  rehypeCitations({
    root: options.root,
    read: options.read,
    original: options.pair.original,
    ...(options.numberingKeys ? { numberingKeys: options.numberingKeys } : {}),
    ...(options.strict === undefined ? {} : { strict: options.strict }),
    ...(options.warn ? { warn: options.warn } : {}),
  })(tree, file);
  // Once every mark is in: each is kept on the line of the text it belongs to.
  rehypeGlueMarks()(tree);
  // Last: the author's spaces beside Han text, wherever the steps before have put them (headings' words, corrections).
  rehypeHanSpaces()(tree, file);
  const headings = headingsOf(tree);
  const blocks = blocksOf(tree, lineOf);
  stripLineMarks(tree);
  return { html: toHtml(tree), headings, citationOrder: (file.data as CitationData).citationOrder ?? [], blocks };
}
