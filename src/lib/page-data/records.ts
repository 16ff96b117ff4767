// The scholarly record of each language version, from the paper object.
import { perLang, type Lang } from "../i18n/locales.ts";
import type { Paper } from "../paper/paper.ts";
import { pdfPath } from "../pdf/switch.ts";
import { scholarlyRecord, type ScholarlyRecord } from "../scholarly/record.ts";
import { absoluteUrl, paperPath } from "../site/urls.ts";
import type { SiteInfo } from "./site-info.ts";

export function paperRecords(paper: Paper, info: SiteInfo): Record<Lang, ScholarlyRecord> {
  return perLang((lang) =>
    scholarlyRecord({
      metadata: paper.metadata,
      lang,
      abstract: paper.versions[lang].abstract,
      url: absoluteUrl(info.site, info.base, paperPath(lang)),
      pdfUrl: info.pdf ? absoluteUrl(info.site, info.base, pdfPath(lang)) : undefined,
      references: paper.references,
      originalUrl: absoluteUrl(info.site, info.base, paperPath(paper.pair.original)),
    }),
  );
}
