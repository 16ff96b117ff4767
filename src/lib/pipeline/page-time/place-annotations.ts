// Rehype plugin: applies editorial corrections to the original and places translator's note markers in the translation, visibly.
import type { Element, ElementContent, Parent, Root, Text } from "hast";
import { h } from "hastscript";
import type { VFile } from "vfile";
import { loadCorrections, loadTranslatorNotes, type Correction, type TranslatorNote } from "../../inputs/annotations.ts";
import { ui, type Lang } from "../../i18n/ui.ts";
import type { LanguagePair } from "../../i18n/language-pair.ts";
import { pageLang } from "../file/file-frontmatter.ts";
import type { ReadInput } from "../../inputs/read.ts";
import { sourceLines } from "../file/source-lines.ts";
import { INPUT_FILES } from "../../inputs/paths.ts";

export interface AnnotationOptions {
  /** Project root holding content/corrections.yaml and content/translator-notes.yaml. */
  root: string;
  /** Which version is the author's (corrections go there) and which the translation (notes go there). */
  pair: LanguagePair;
  /** Reads those files instead of the disk (the page passes what its bundler loaded and watches). */
  read?: ReadInput;
}

/** One place in a paragraph to mark: the text to find, and what it becomes. */
interface Placement {
  id: string;
  target: string;
  source: string;
  /** Unique text locating the place. */
  context: string;
  /** Offset in `context` where the replaced text starts, and its length. */
  start: number;
  length: number;
  replacement: (n: number) => ElementContent[];
}

function noteRef(id: string, n: number, mark: string, label: string, lang: Lang): Element {
  // The mark is drawn by CSS from data-mark, so it never becomes part of the paper's text (TOC, copy, fidelity).
  // Its name starts with that mark, as it is seen: [编1] is named 编1：编者更正 1, not only 编者更正 1.
  return h("a", { href: `#${id}`, id: `${id}-ref`, className: ["note-ref"], dataMark: `${mark}${n}`, ariaLabel: ui[lang].noteRefName(`${mark}${n}`, label) });
}

/** A correction in the original's text, marked and titled in the original's language. */
function correctionPlacement(c: Correction, n: number, lang: Lang): Placement {
  const t = ui[lang];
  return {
    id: c.id,
    target: c.in,
    source: INPUT_FILES.corrections,
    context: c.context,
    start: c.context.indexOf(c.original),
    length: c.original.length,
    replacement: () => [
      h("ins", { className: ["correction"], dataOriginal: c.original, title: t.correctionTitle(c.original) }, c.correction),
      noteRef(c.id, n, t.editorNoteMark, t.editorNoteLabel(n), lang),
    ],
  };
}

/** A translator's note mark in the translation, labelled in its language. */
function notePlacement(t: TranslatorNote, n: number, lang: Lang): Placement {
  return {
    id: t.id,
    target: t.in,
    source: INPUT_FILES.translatorNotes,
    context: t.anchor,
    start: t.anchor.length,
    length: 0,
    replacement: () => [noteRef(t.id, n, ui[lang].translatorNoteMark, ui[lang].translatorNoteLabel(n), lang)],
  };
}

function findById(tree: Root, id: string): Element | undefined {
  for (const node of tree.children) {
    if (node.type === "element" && node.properties["id"] === id) return node;
  }
  return undefined;
}

function textChildren(parent: Parent): Text[] {
  return parent.children.filter((c): c is Text => c.type === "text");
}

function place(tree: Root, p: Placement, n: number, file: VFile): void {
  const element = findById(tree, p.target);
  if (!element) {
    throw new Error(`${p.source}: ${p.id}: no heading or paragraph "${p.target}" in ${file.path}.`);
  }
  const occurrences = (t: Text) => t.value.split(p.context).length - 1;
  const texts = textChildren(element);
  const total = texts.reduce((sum, t) => sum + occurrences(t), 0);
  const node = texts.find((t) => occurrences(t) > 0);
  if (total !== 1 || !node) {
    throw new Error(
      `${p.source}: ${p.id}: "${p.context}" occurs ${total} times in ${p.target} (${sourceLines(file).location(element)}); it must occur exactly once. Make the context longer or fix it to match the text.`,
    );
  }
  const at = node.value.indexOf(p.context) + p.start;
  const pieces: ElementContent[] = [
    { type: "text", value: node.value.slice(0, at) },
    ...p.replacement(n),
    { type: "text", value: node.value.slice(at + p.length) },
  ];
  element.children.splice(element.children.indexOf(node), 1, ...pieces);
}

function placementsFor(lang: Lang, pair: LanguagePair, source: string | ReadInput): Placement[] {
  if (lang === pair.original) return loadCorrections(source).map((c, i) => correctionPlacement(c, i + 1, lang));
  if (lang === pair.translation) return loadTranslatorNotes(source).map((t, i) => notePlacement(t, i + 1, lang));
  return [];
}

export function rehypeAnnotations(options: AnnotationOptions) {
  return (tree: Root, file: VFile): void => {
    const lang = pageLang(file);
    if (!lang) return;
    placementsFor(lang, options.pair, options.read ?? options.root).forEach((p, i) => place(tree, p, i + 1, file));
  };
}
