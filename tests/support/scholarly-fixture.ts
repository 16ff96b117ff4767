// Scholarly records from the complete fixture metadata and bibliography, and from the real (sparse) metadata.
import { readFileSync } from "node:fs";
import path from "node:path";
import { completeReferences } from "../../src/lib/bibliography/complete-references.ts";
import type { Lang } from "../../src/lib/i18n/ui.ts";
import { parseMetadata, type Metadata } from "../../src/lib/inputs/metadata.ts";
import { scholarlyRecord, type ScholarlyRecord } from "../../src/lib/scholarly/record.ts";

const ROOT = process.cwd();
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

export const SITE = "https://example.github.io/paper-site/";
export const pageUrl = (lang: Lang) => `${SITE}${lang}/`;
export const pdfUrl = (lang: Lang) => `${SITE}${lang}/paper.pdf`;

export function loadMetadataFile(file: string): Metadata {
  return parseMetadata(read(file), file);
}

export const completeMetadata = () => loadMetadataFile("tests/fixtures/metadata/complete.yaml");
export const realMetadata = () => loadMetadataFile("content/metadata.yaml");

const abstracts: Record<Lang, string> = { zh: "中文摘要。", en: "The English abstract." };

export function completeRecord(lang: Lang): ScholarlyRecord {
  const references = completeReferences(read("tests/fixtures/bib/complete.bib"), read("content/paper/zh.md"));
  const metadata = completeMetadata();
  return scholarlyRecord({ metadata, lang, abstract: abstracts[lang], url: pageUrl(lang), pdfUrl: pdfUrl(lang), references, originalUrl: pageUrl(metadata.original) });
}

export function sparseRecord(lang: Lang): ScholarlyRecord {
  const references = completeReferences(read("bibliography/references.bib"), read("content/paper/zh.md"));
  const metadata = realMetadata();
  return scholarlyRecord({ metadata, lang, abstract: abstracts[lang], url: pageUrl(lang), references, originalUrl: pageUrl(metadata.original) });
}
