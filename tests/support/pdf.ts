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
