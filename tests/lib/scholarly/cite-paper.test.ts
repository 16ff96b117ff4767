import { describe, expect, it } from "vitest";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { readStyleFiles } from "../../../src/lib/bibliography/format.ts";
import { exportCitation, formattedCitation, paperCsl, type ExportFormat } from "../../../src/lib/scholarly/cite-paper.ts";
import { completeRecord, pageUrl, sparseRecord } from "../../support/scholarly-fixture.ts";

const files = readStyleFiles(process.cwd());
const FORMATS: ExportFormat[] = ["bib", "ris", "json"];

/** What a reference manager would import: the export read back by citation-js. */
function readBack(text: string): Record<string, unknown> {
  const data = new Cite(text).data;
  expect(data).toHaveLength(1);
  return data[0] as Record<string, unknown>;
}

const names = (item: Record<string, unknown>) =>
  (item["author"] as { literal?: string; family?: string; given?: string }[] | undefined)?.map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(" "));

describe("the paper's citation", () => {
  it("is formatted in GB/T 7714-2015 by the project's citeproc setup, each page in its own locale", () => {
    expect(formattedCitation(paperCsl(completeRecord("zh")), "zh", files)).toBe(
      `王小明, FAIRWEATHER G. 互联网金融的业务模式与发展趋势：以蚂蚁金服为例[J/OL]. 虚构金融研究, 2019, 12(3): 45-67. ${pageUrl("zh")}. DOI:10.5555/jff.2019.0312.`,
    );
    expect(formattedCitation(paperCsl(completeRecord("en")), "en", files)).toMatch(
      /^WANG XIAOMING, FAIRWEATHER G\. Internet Finance <\/script>.*\[J\/OL\]\. Journal of Fictional Finance, 2019, 12\(3\): 45-67\. .*DOI:10\.5555\/jff\.2019\.0312\.$/,
    );
  });

  it("with the sparse metadata gives what is known: the bracketed editorial title and the page's URL", () => {
    expect(formattedCitation(paperCsl(sparseRecord("zh")), "zh", files)).toBe(`[互联网金融的业务模式与发展趋势：以蚂蚁金服为例][Z/OL]. ${pageUrl("zh")}.`);
  });
});

describe("the exports", () => {
  for (const format of FORMATS) {
    it(`${format}: citation-js reads back the same title, authors, date and DOI`, () => {
      for (const lang of ["zh", "en"] as const) {
        const csl = paperCsl(completeRecord(lang));
        const back = readBack(exportCitation(csl, format));
        expect(back["title"]).toBe(csl.title);
        expect(names(back)).toEqual(names(csl as Record<string, unknown>));
        expect(back["issued"]).toEqual({ "date-parts": [[2019, 6, 15]] });
        expect(back["DOI"]).toBe("10.5555/jff.2019.0312");
        expect(back["container-title"]).toBe(csl["container-title"]);
        expect(back["URL"]).toBe(pageUrl(lang));
      }
    });

    it(`${format}: with the sparse metadata, nothing empty, invented or "undefined"`, () => {
      for (const lang of ["zh", "en"] as const) {
        const text = exportCitation(paperCsl(sparseRecord(lang)), format);
        expect(text).not.toMatch(/undefined|null|NaN|\[object|=\s*\{\s*\}|^(?!ER)[A-Z][A-Z0-9]  -\s*$/m);
        const back = readBack(text);
        expect(back["title"]).toMatch(/^\[.+\]$/);
        expect(back["author"]).toBeUndefined();
        expect(back["issued"]).toBeUndefined();
        expect(back["DOI"]).toBeUndefined();
      }
    });
  }

  it("keep the Chinese text (BibLaTeX is Unicode, not ASCII)", () => {
    expect(exportCitation(paperCsl(completeRecord("zh")), "bib")).toContain("title = {互联网金融的业务模式与发展趋势：以蚂蚁金服为例}");
  });
});
