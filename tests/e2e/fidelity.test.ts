// Fidelity: the original's page carries the author's text word for word, differing only by recorded corrections.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import type { CheerioAPI } from "cheerio";
import { languagePair } from "../../src/lib/i18n/language-pair.ts";
import { LANGS, LOCALES, perLang, type Lang } from "../../src/lib/i18n/locales.ts";
import { ui } from "../../src/lib/i18n/ui.ts";
import { applyCorrections, loadCorrections } from "../../src/lib/inputs/annotations.ts";
import { loadEdition } from "../../src/lib/inputs/edition.ts";
import { readMetadataFile } from "../../src/lib/inputs/metadata.ts";
import { readFromDisk } from "../../src/lib/inputs/read.ts";
import { loadPage } from "./support/site.ts";

const dist = inject("distDir");
// The author's text, where the edition names one (content/edition.yaml, sourceText); a paper written here has none.
const sourceText = loadEdition(readFromDisk(process.cwd())).sourceText;
const source = sourceText ? readFileSync(sourceText, "utf8") : "";
// Which version is the author's (content/metadata.yaml, `original`): the one the source is compared with.
const pair = languagePair(readMetadataFile(process.cwd()).original);

/** Whitespace and citation markers carry no words; both sides drop them before comparing. */
const normalize = (text: string) => text.replace(/\[\d+\]/g, "").replace(/\s+/g, "");

/** A language's abstract heading as a text extraction may space it ("摘 要"). */
const heading = (lang: Lang) => new RegExp([...ui[lang].abstract].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*"));

/**
 * The source split into its languages: each part starts at that language's abstract heading (Abstract,
 * 摘要) and runs to the next part; a part the source does not have is empty. Latin-script text has the
 * extraction's line-end hyphenation repaired.
 */
function sourceParts(): Record<Lang, string> {
  const starts = LANGS.map((lang) => ({ lang, at: source.search(heading(lang)) })).filter((s) => s.at >= 0).sort((a, b) => a.at - b.at);
  return perLang((lang) => {
    const i = starts.findIndex((s) => s.lang === lang);
    const start = starts[i];
    if (!start) return "";
    const text = source.slice(start.at, starts[i + 1]?.at ?? source.length).replace(heading(lang), "");
    return normalize(LOCALES[lang].script === "latin" ? text.replace(/-\s*\n\s*/g, "") : text);
  });
}

/** Page text of the selected elements, without the site's apparatus (citations, note marks, references). */
function paperText($: CheerioAPI, selector: string): string {
  const scope = $(selector).clone();
  scope.find(".citation, .note-ref, .counterpart, #references").remove();
  return scope.text();
}

describe.runIf(sourceText)("fidelity to the source", () => {
  const parts = sourceParts();
  const originalPage = `${pair.original}/index.html`;

  it("the original's page: its abstract and body equal the source, except for the recorded corrections", () => {
    const $ = loadPage(dist, originalPage);
    const page = normalize(paperText($, `[data-source='${pair.original}-abstract']`) + paperText($, ".body"));
    const expected = normalize(applyCorrections(parts[pair.original], loadCorrections(process.cwd())));
    // The texts are long; the message shows where they first differ.
    const at = [...expected].findIndex((c, i) => c !== page[i]);
    const where = at === -1 ? "" : `first difference near “${expected.slice(Math.max(0, at - 20), at + 20)}”`;
    expect(page, where).toBe(expected);
  });

  it("every correction is visible on the original's page with its original wording", () => {
    const $ = loadPage(dist, originalPage);
    for (const c of loadCorrections(process.cwd())) {
      const ins = $("ins.correction").filter((_, el) => $(el).attr("data-original") === c.original && $(el).text() === c.correction);
      expect(ins.length, c.id).toBe(1);
      expect($(`#${c.id}`).text(), c.id).toContain(c.original);
      expect($(`a.note-ref[href="#${c.id}"]`).length, c.id).toBe(1);
    }
  });

  it.runIf(parts[pair.translation])("both pages carry the author's own abstract in the other language verbatim (hyphenation repaired)", () => {
    for (const lang of pair.langs) {
      const $ = loadPage(dist, `${lang}/index.html`);
      expect(normalize($(`[data-source='${pair.translation}-abstract']`).text()), lang).toBe(parts[pair.translation]);
    }
  });
});
