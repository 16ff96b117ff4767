// Prints each language page of the built site to PDF with headless Chromium (playwright-core), from the
// print stylesheet: A4, tagged, with an outline, and title/author/language/keywords in the PDF's metadata.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { LANGS, LOCALES } from "../i18n/locales.ts";
import { CHROMIUM_FLAGS } from "./chromium.ts";
import { serveDir } from "./serve.ts";

export interface PdfJob {
  /** The page's route under the base ("zh/"), and the PDF's file under the output folder ("zh/paper.pdf"). */
  route: string;
  file: string;
}

export interface PdfInfo {
  title: string;
  authors: string[];
  language: string;
  keywords: string[];
  subject: string;
  /** For the XMP packet, when the page gives them: publication date (DC.date), DOI, licence. */
  date?: string | undefined;
  doi?: string | undefined;
  rights?: string | undefined;
  /** On a translation: its translators (DC.contributor) and the original it translates (DC.relation: DOI link, page). */
  contributors?: string[];
  relations?: string[];
}

/**
 * Chromium's PDF writer embeds TrueType fonts as real (subset CID) fonts but turns CFF-based ones,
 * like the system's Noto CJK, into nameless Type 3 glyph drawings. So the PDFs set their Chinese in
 * Noto Serif SC from an npm package, whose web fonts have TrueType outlines. The site itself keeps
 * system fonts: these rules are added only to the page being printed.
 * Noto Serif SC's Latin lacks precomposed pinyin (ō, ǒ, ǎ): Chromium then draws o and a combining
 * macron from another font, misplaced ("to¯uxízhě"). The accented Latin letters alone (the latin-ext
 * subset) come from Source Serif 4, the design Noto Serif SC's Latin is drawn from, so a pinyin word
 * reads as one face; plain Latin, quotes and punctuation stay Noto Serif SC's.
 */
export const PDF_CJK_FAMILY = "Noto Serif SC";
const PDF_PINYIN_FAMILY = "PDF Pinyin";
/**
 * MathML is set in Noto Sans Math (TrueType outlines and an OpenType MATH table, which Chromium's MathML
 * layout needs for stretchy operators and fractions). Left to the system's "math" font, the PDF depends
 * on what the machine has: DejaVu Math TeX Gyre where fonts-dejavu is installed, and else fallbacks that
 * Chromium embeds as nameless Type 3 fonts. The package's one file holds the whole font, but its CSS
 * limits it to Latin (unicode-range): the face is declared here without that range (wholeFont).
 */
const PDF_MATH_FAMILY = "PDF Math";
/**
 * English on paper is set in Source Serif 4 on purpose, whatever the machine has: the screen's stack ends
 * in whatever serif the system gives (DejaVu Serif on Linux, whose bold outweighs the Chinese), and the CJK
 * face's Latin, which the screen may use, is CFF and would print as Type 3 glyphs.
 */
const PDF_LATIN_FAMILY = "PDF Latin";
const PDF_FONTS = [
  { pkg: "@fontsource/source-serif-4", prefix: "/__pdf-fonts-latin/", faces: ["latin-400.css", "latin-400-italic.css", "latin-600.css", "latin-700.css", "latin-ext-400.css", "latin-ext-700.css"], family: PDF_LATIN_FAMILY, wholeFont: false },
  { pkg: "@fontsource/noto-serif-sc", prefix: "/__pdf-fonts/", faces: ["400.css", "700.css"], family: undefined, wholeFont: false },
  { pkg: "@fontsource/source-serif-4", prefix: "/__pdf-fonts-latin/", faces: ["latin-ext-400.css", "latin-ext-700.css"], family: PDF_PINYIN_FAMILY, wholeFont: false },
  { pkg: "@fontsource/noto-sans-math", prefix: "/__pdf-fonts-math/", faces: ["400.css"], family: PDF_MATH_FAMILY, wholeFont: true },
] as const;

function fontPackageDir(pkg: string): string {
  return path.dirname(createRequire(path.join(process.cwd(), "package.json")).resolve(`${pkg}/400.css`));
}

/**
 * ":lang(zh-Hans)": every text in a language written in Han characters (descendants inherit the
 * language). Not the English inside it (a glossary cell, a reference): Noto Serif SC's full-width
 * apostrophe would print "Yu’ ebao", "People’ s".
 */
function hanSelectors(): string {
  const tags = LANGS.filter((lang) => LOCALES[lang].script === "han").map((lang) => LOCALES[lang].tag);
  return tags.map((tag) => `:lang(${tag})`).join(", ");
}

/**
 * The @font-face rules of each package's faces, pointing at the URL prefix it is served under, renamed to the
 * family the print CSS asks for; `wholeFont` drops the package's unicode-range, for a file that holds the whole font.
 */
function fontFaces(packageDir: (pkg: string) => string): string[] {
  return PDF_FONTS.flatMap(({ pkg, prefix, faces, family, wholeFont }) =>
    faces.map((f) => {
      const css = readFileSync(path.join(packageDir(pkg), f), "utf8").replaceAll("url(./files/", `url(${prefix}`);
      const named = family ? css.replace(/font-family:[^;]+;/g, `font-family: "${family}";`) : css;
      return wholeFont ? named.replace(/unicode-range:[^;]+;/g, "") : named;
    }),
  );
}

export function pdfFontCss(packageDir: (pkg: string) => string = fontPackageDir): string {
  const family = `"${PDF_PINYIN_FAMILY}", "${PDF_CJK_FAMILY}"`;
  return [
    ...fontFaces(packageDir),
    // The site's CJK fallbacks, wherever the stylesheet uses them, and all text marked as Chinese.
    `:root { --serif-zh: ${family}, serif; --sans-zh: ${family}, sans-serif; --serif-en: "${PDF_LATIN_FAMILY}", serif; }`,
    `${hanSelectors()} { font-family: ${family}, serif !important; }`,
    // :root raises it above the :lang() rule, which matches the maths too on a Chinese page; Chinese text
    // inside a formula (\text{…}) falls back to the Chinese face, never to a system one.
    `:root math, :root math * { font-family: "${PDF_MATH_FAMILY}", ${family}, math !important; }`,
    // The running head and page numbers in the page margins.
    `@page { @top-center { font-family: ${family}, serif; } @bottom-center { font-family: ${family}, serif; } }`,
  ].join("\n");
}

/** The PDF's metadata, read from the page's own Dublin Core tags: one source for both. */
function readInfo(): PdfInfo {
  const all = (name: string) => [...document.querySelectorAll<HTMLMetaElement>(`meta[name="${name}"]`)].map((m) => m.content);
  return {
    title: all("DC.title")[0] ?? document.title,
    authors: all("DC.creator"),
    language: document.documentElement.lang,
    keywords: all("DC.subject"),
    subject: all("DC.description")[0] ?? "",
    date: all("DC.date")[0],
    doi: all("citation_doi")[0],
    rights: all("DC.rights")[0],
    contributors: all("DC.contributor"),
    relations: all("DC.relation"),
  };
}

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The XMP metadata packet (ISO 16684-1) with Dublin Core and PRISM: what PDF readers, Zotero's PDF
 * recognizer and repositories read first, before the older Info dictionary.
 */
export function xmpPacket(info: PdfInfo): string {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
  const seq = (values: string[]) => `<rdf:Seq>${values.map((v) => `<rdf:li>${xml(v)}</rdf:li>`).join("")}</rdf:Seq>`;
  const bag = (values: string[]) => `<rdf:Bag>${values.map((v) => `<rdf:li>${xml(v)}</rdf:li>`).join("")}</rdf:Bag>`;
  const fields = [
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(info.title)}</dc:title>`,
    info.authors.length ? `<dc:creator>${seq(info.authors)}</dc:creator>` : "",
    info.contributors?.length ? `<dc:contributor>${bag(info.contributors)}</dc:contributor>` : "",
    // A translation names the work it translates, as its page does: a reader of the file finds the version of record.
    info.relations?.length ? `<dc:relation>${bag(info.relations)}</dc:relation>` : "",
    info.date ? `<dc:date>${seq([info.date])}</dc:date>` : "",
    `<dc:language>${bag([info.language])}</dc:language>`,
    info.subject ? `<dc:description>${alt(info.subject)}</dc:description>` : "",
    info.keywords.length ? `<dc:subject>${bag(info.keywords)}</dc:subject>` : "",
    info.rights ? `<dc:rights>${alt(info.rights)}</dc:rights>` : "",
    info.doi ? `<dc:identifier>doi:${xml(info.doi)}</dc:identifier><prism:doi>${xml(info.doi)}</prism:doi>` : "",
  ].filter(Boolean);
  return [
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">`,
    ...fields,
    `</rdf:Description></rdf:RDF></x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ].join("\n");
}

/** Each heading's text as Chromium puts it in the outline (line boxes run together), and as it should read. */
export interface HeadingText {
  printed: string;
  clean: string;
}

function readHeadings(): HeadingText[] {
  const squash = (s: string) => s.replace(/\s+/g, "");
  return [...document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")]
    .filter((h) => h.offsetParent !== null || getComputedStyle(h).display !== "none")
    .map((h) => {
      const copy = h.cloneNode(true) as HTMLElement;
      for (const mark of copy.querySelectorAll(".editorial-mark, .counterpart")) mark.remove();
      return { printed: squash(h.innerText), clean: (copy.textContent ?? "").replace(/\s+/g, " ").trim() };
    });
}

/**
 * Chromium names outline entries by the heading's line boxes run together, so a wrapped title reads
 * "DevelopmentTrend" and carries its "editorial" badge. Each entry is renamed to its heading's text
 * when the two agree but for whitespace and badges.
 */
async function fixOutline(doc: import("pdf-lib").PDFDocument, headings: HeadingText[]): Promise<void> {
  const { PDFDict, PDFHexString, PDFName, PDFString } = await import("pdf-lib");
  const get = (dict: import("pdf-lib").PDFDict, key: string) => dict.lookup(PDFName.of(key));
  const squash = (s: string) => s.replace(/\s+/g, "");
  const queue = [...headings];
  const walk = (first: unknown) => {
    for (let node = first; node instanceof PDFDict; node = get(node, "Next")) {
      const title = get(node, "Title");
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : "";
      const at = queue.findIndex((h) => h.printed === squash(text));
      if (at >= 0) {
        const [heading] = queue.splice(0, at + 1).slice(-1);
        if (heading) node.set(PDFName.of("Title"), PDFHexString.fromText(heading.clean));
      }
      walk(get(node, "First"));
    }
  };
  const outlines = get(doc.catalog, "Outlines");
  if (outlines instanceof PDFDict) walk(get(outlines, "First"));
}

export async function setPdfInfo(pdf: Uint8Array, info: PdfInfo, headings: HeadingText[] = []): Promise<Uint8Array> {
  const { PDFDocument } = await import("pdf-lib");
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  await fixOutline(doc, headings);
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.authors.length > 0) doc.setAuthor(info.authors.join("; "));
  // pdf-lib joins keywords with spaces; a semicolon keeps multi-word keywords apart.
  if (info.keywords.length > 0) doc.setKeywords([info.keywords.join("; ")]);
  if (info.subject) doc.setSubject(info.subject);
  doc.setLanguage(info.language);
  const { PDFName } = await import("pdf-lib");
  // Uncompressed, as XMP asks, so that a reader scanning the file for the packet finds it.
  const metadata = doc.context.stream(new TextEncoder().encode(xmpPacket(info)), { Type: "Metadata", Subtype: "XML" });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(metadata));
  return doc.save({ useObjectStreams: false });
}

/** Prints every job; playwright-core and pdf-lib are loaded only here, so a plain build never pays for them. */
export async function printPdfs(opts: { outDir: string; base: string; chromium: string; jobs: PdfJob[] }): Promise<void> {
  const { chromium } = await import("playwright-core");
  const mounts = Object.fromEntries(PDF_FONTS.map(({ pkg, prefix }) => [prefix, path.join(fontPackageDir(pkg), "files")]));
  const served = await serveDir(opts.outDir, opts.base, mounts);
  const fontCss = pdfFontCss();
  const browser = await chromium.launch({ executablePath: opts.chromium, headless: true, args: CHROMIUM_FLAGS });
  try {
    for (const job of opts.jobs) {
      // The printer adds its own font stylesheet, which the page's Content-Security-Policy would block.
      const page = await browser.newPage({ bypassCSP: true });
      await page.goto(`${served.origin}${opts.base}${job.route}`, { waitUntil: "load" });
      await page.addStyleTag({ content: fontCss });
      await page.emulateMedia({ media: "print" });
      // Only the subsets of the text's characters are fetched; wait until they have all arrived.
      await page.evaluate(async () => {
        await document.fonts.ready;
        await Promise.all([...document.fonts].filter((f) => f.status === "loading").map((f) => f.loaded));
      });
      const info = await page.evaluate(readInfo);
      const headings = await page.evaluate(readHeadings);
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      await writeFile(path.join(opts.outDir, job.file), await setPdfInfo(pdf, info, headings));
      await page.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
}
