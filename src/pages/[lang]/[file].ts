// Route: the paper's citation as paper.bib, paper.ris and paper.json in each language, made by citation-js.
import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS, type Lang } from "../../lib/i18n/locales.ts";
import { paperRecords } from "../../lib/page-data/records.ts";
import { EXPORTS, exportCitation, type ExportFormat } from "../../lib/scholarly/cite-paper.ts";
import { loadPaper } from "../../load/paper.ts";
import { siteInfo } from "../../load/site-info.ts";

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    (Object.keys(EXPORTS) as ExportFormat[]).map((format) => ({ params: { lang, file: EXPORTS[format].file }, props: { format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const format = (props as { format: ExportFormat }).format;
  const record = paperRecords(await loadPaper(), siteInfo(site))[params["lang"] as Lang];
  return new Response(exportCitation(record, format), { headers: { "content-type": EXPORTS[format].type } });
};
