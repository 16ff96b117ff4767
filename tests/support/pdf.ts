// Reads a PDF as a reader's tools would: text per page (pdftotext), fonts (pdffonts), info (pdfinfo),
// and the outline and document language from the PDF's catalog (pdf-lib).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";

/** The text of each page, in reading order, one line per text line. */
export function pageTexts(file: string): string[] {
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  return text.split("\f").slice(0, -1);
}

/**
 * Each page's text without its furniture, so that a sentence a page break cuts reads whole when the pages
 * are joined: the running head (the first line of every page but the first) and the "n / N" at the foot.
 */
export function pageBodies(file: string): string[] {
  return pageTexts(file).map((text, i) => {
    const lines = text.split("\n");
    const head = i === 0 ? -1 : lines.findIndex((line) => line.trim() !== "");
    return lines.filter((line, at) => at !== head && !/^\s*\d+ \/ \d+\s*$/.test(line)).join("\n");
  });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const out = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  // Columns: name, type (one or two words), encoding, emb, sub, uni, object id, generation.
  return out.map((line) => {
    const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(line);
    if (!m) throw new Error(`pdffonts line not understood: ${line}`);
    return { name: m[1] ?? "", type: m[2] ?? "", embedded: m[4] === "yes" };
  });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" });
  return Object.fromEntries(out.split("\n").flatMap((l) => {
    const m = /^([^:]+):\s*(.*)$/.exec(l);
    return m ? [[m[1] ?? "", m[2] ?? ""]] : [];
  }));
}

export interface OutlineItem {
  title: string;
  children: OutlineItem[];
}

function text(value: unknown): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : "";
}

export async function pdfCatalog(file: string): Promise<{ outline: OutlineItem[]; lang: string }> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const get = (dict: PDFDict, key: string) => dict.lookup(PDFName.of(key));
  const walk = (first: unknown): OutlineItem[] => {
    const items: OutlineItem[] = [];
    for (let node = first; node instanceof PDFDict; node = get(node, "Next")) {
      items.push({ title: text(get(node, "Title")), children: walk(get(node, "First")) });
    }
    return items;
  };
  const outlines = get(doc.catalog, "Outlines");
  return {
    outline: outlines instanceof PDFDict ? walk(get(outlines, "First")) : [],
    lang: text(get(doc.catalog, "Lang")),
  };
}

export function flattenOutline(items: OutlineItem[]): string[] {
  return items.flatMap((i) => [i.title, ...flattenOutline(i.children)]);
}

/** Text compared without whitespace: pdftotext breaks lines where the page did. */
export const squash = (s: string): string => s.replace(/\s+/g, "");

/**
 * Where each string first occurs in the text (whitespace ignored), in the order given; -1 for one that is
 * missing. Equal to a sorted list of non-negative numbers when they appear in that order.
 */
export function positions(text: string, needles: readonly string[]): number[] {
  const flat = squash(text);
  return needles.map((n) => flat.indexOf(squash(n)));
}

/** The text of the page holding the first line equal to `line`, and its page number (1-based), or undefined. */
export function pageWithLine(texts: readonly string[], line: string): { page: number; text: string } | undefined {
  const i = texts.findIndex((t) => t.split("\n").some((l) => l.trim() === line));
  return i < 0 ? undefined : { page: i + 1, text: texts[i] ?? "" };
}
