// The seed build's own exports (dist/<lang>/paper.{bib,ris,json}), read by biber, pandoc, @retorquere/bibtex-parser
// and astrocite-ris (tests/e2e/complete-metadata.test.ts does the same for a build with complete metadata).
import { describe, inject, it } from "vitest";
import { loadPage } from "./support/site.ts";
import { checkBuiltExports } from "./support/exports.ts";

const dist = inject("distDir");

describe("the seed's built exports", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: every consumer reads one online text with the page's title, no authors, date or DOI, in the page's language`, () => {
      const title = loadPage(dist, `${lang}/index.html`)("meta[name='citation_title']").attr("content") ?? "";
      checkBuiltExports(dist, lang, { names: [], title, kind: "online" });
    });
  }
});
