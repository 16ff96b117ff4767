// Route: the paper's citation as paper.bib, paper.ris and paper.json in each language, made by citation-js.
import type { APIRoute, GetStaticPaths } from "astro";
import { loadPaperCsl } from "../../data/cite.ts";
import { EXPORTS, exportCitation, type ExportFormat } from "../../lib/scholarly/cite-paper.ts";
import { LANGS, type Lang } from "../../lib/i18n/ui.ts";

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    (Object.keys(EXPORTS) as ExportFormat[]).map((format) => ({ params: { lang, file: EXPORTS[format].file }, props: { format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const format = (props as { format: ExportFormat }).format;
  const csl = await loadPaperCsl(site ?? new URL("http://localhost:4321"), import.meta.env.BASE_URL);
  return new Response(exportCitation(csl[params["lang"] as Lang], format), { headers: { "content-type": EXPORTS[format].type } });
};
