// Fidelity: the Chinese page carries the author's text word for word, differing only by recorded corrections.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import type { CheerioAPI } from "cheerio";
import { applyCorrections, loadCorrections } from "../../src/lib/inputs/annotations.ts";
import { loadEdition } from "../../src/lib/inputs/edition.ts";
import { readFromDisk } from "../../src/lib/inputs/read.ts";
import { loadPage } from "./support/site.ts";

const dist = inject("distDir");
// The author's text, where the edition names one (content/edition.yaml, sourceText); a paper written here has none.
const sourceText = loadEdition(readFromDisk(process.cwd())).sourceText;
const source = sourceText ? readFileSync(sourceText, "utf8") : "";

/** Whitespace and citation markers carry no words; both sides drop them before comparing. */
const normalize = (text: string) => text.replace(/\[\d+\]/g, "").replace(/\s+/g, "");

/** The source split at its two headings: the author's English abstract, and the Chinese from 摘要 on. */
function sourceParts() {
  const zhStart = source.search(/摘\s*要/);
  const english = source.slice(0, zhStart).replace(/^\s*Abstract\s*/, "").replace(/-\s*\n\s*/g, "");
  const chinese = source.slice(zhStart).replace(/^摘\s*要/, "");
  return { english: normalize(english), chinese: normalize(chinese) };
}

/** Page text of the selected elements, without the site's apparatus (citations, note marks, references). */
function paperText($: CheerioAPI, selector: string): string {
  const scope = $(selector).clone();
  scope.find(".citation, .note-ref, .counterpart, #references").remove();
  return scope.text();
}

describe.runIf(sourceText)("fidelity to the source", () => {
  const { english, chinese } = sourceParts();

  it("the Chinese page's abstract and body equal the source, except for the recorded corrections", () => {
    const $ = loadPage(dist, "zh/index.html");
    const page = normalize(paperText($, "[data-source='zh-abstract']") + paperText($, ".body"));
    const expected = normalize(applyCorrections(chinese, loadCorrections(process.cwd())));
    // The texts are long; the message shows where they first differ.
    const at = [...expected].findIndex((c, i) => c !== page[i]);
    const where = at === -1 ? "" : `first difference near “${expected.slice(Math.max(0, at - 20), at + 20)}”`;
    expect(page, where).toBe(expected);
  });

  it("every correction is visible on the page with its original", () => {
    const $ = loadPage(dist, "zh/index.html");
    for (const c of loadCorrections(process.cwd())) {
      const ins = $("ins.correction").filter((_, el) => $(el).attr("data-original") === c.original && $(el).text() === c.correction);
      expect(ins.length, c.id).toBe(1);
      expect($(`#${c.id}`).text(), c.id).toContain(c.original);
      expect($(`a.note-ref[href="#${c.id}"]`).length, c.id).toBe(1);
    }
  });

  it("both pages carry the author's English abstract verbatim (hyphenation repaired)", () => {
    for (const page of ["zh/index.html", "en/index.html"]) {
      const $ = loadPage(dist, page);
      expect(normalize($("[data-source='en-abstract']").text()), page).toBe(english);
    }
    expect(english).toContain("AntFinancial");
  });
});
