// The scholarly record of each language version, from the metadata collection, the paper and the bibliography.
import { readCompleteReferences } from "../lib/bibliography/complete-references.ts";
import { LANGS, type Lang } from "../lib/i18n/ui.ts";
import { pdfEnabled, pdfPath } from "../lib/pdf/switch.ts";
import { scholarlyRecord, type ScholarlyRecord } from "../lib/scholarly/record.ts";
import { absoluteUrl, paperPath } from "../lib/site/urls.ts";
import { loadMetadata, loadPaper } from "./paper.ts";

/** Whether this build prints the PDFs (BUILD_PDF=1 on `astro build`; `astro dev` never has them). */
export function pdfBuilt(): boolean {
  return import.meta.env.PROD && pdfEnabled(process.env);
}

/** The original language: the other versions are its translations. */
export const ORIGINAL_LANG: Lang = "zh";

export async function loadRecords(site: URL, base: string): Promise<Record<Lang, ScholarlyRecord>> {
  const [paper, metadata] = await Promise.all([loadPaper(), loadMetadata()]);
  const references = readCompleteReferences(process.cwd(), metadata.original);
  const withPdf = pdfBuilt();
  const record = (lang: Lang) =>
    scholarlyRecord({
      metadata,
      lang,
      abstract: paper[lang].abstract,
      url: absoluteUrl(site, base, paperPath(lang)),
      pdfUrl: withPdf ? absoluteUrl(site, base, pdfPath(lang)) : undefined,
      references,
    });
  return Object.fromEntries(LANGS.map((lang) => [lang, record(lang)])) as Record<Lang, ScholarlyRecord>;
}
