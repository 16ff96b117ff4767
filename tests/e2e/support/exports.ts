// Reads a build's paper.bib, paper.ris and paper.json with the consumers scholars use, and checks that each
// finds the same item: biber --tool --validate-datamodel, pandoc (-f biblatex, -f csljson),
// @retorquere/bibtex-parser and astrocite-ris.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { parse as parseBib } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { LOCALES, type Lang } from "../../../src/lib/i18n/locales.ts";

export interface ExpectedItem {
  /** Family and given name of each author, in order. */
  names: [family: string, given: string][];
  title: string;
  /** The journal article (the version of record with a venue) or the online text (no venue, or the translation). */
  kind: "journal" | "online";
  date?: [number, number, number] | undefined;
  doi?: string | undefined;
}

const TYPES = {
  journal: { csl: "article-journal", bib: "article" },
  online: { csl: "webpage", bib: "online" },
} as const;

interface CslOut {
  type?: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { "date-parts"?: (number | string)[][] };
  DOI?: string;
  language?: string;
}

const names = (item: CslOut) => (item.author ?? []).map((a) => [a.family, a.given]);
const dateParts = (item: CslOut) => item.issued?.["date-parts"]?.[0]?.map(Number);

/** Every check on one language's exports in a built site; `dist` is the build's output folder. */
export function checkBuiltExports(dist: string, lang: Lang, want: ExpectedItem): void {
  const file = (ext: string) => path.join(dist, lang, `paper.${ext}`);
  const label = (consumer: string) => `${lang} ${consumer}`;
  const locale = LOCALES[lang];
  const work = mkdtempSync(path.join(tmpdir(), "built-exports-"));
  try {
    // biber: the BibLaTeX data model, in a folder of its own (it writes paper_bibertool.bib beside the input).
    copyFileSync(file("bib"), path.join(work, "paper.bib"));
    const biber = execFileSync("biber", ["--tool", "--validate-datamodel", "paper.bib"], { cwd: work, encoding: "utf8" });
    const warnings = biber.split("\n").filter((l) => /^(WARN|ERROR) /.test(l));
    // Every entry type needs a date; one the metadata does not give is left out, not made up.
    expect(warnings.filter((w) => !(want.date === undefined && /Missing mandatory field - one of 'date, year'/.test(w))), label("biber")).toEqual([]);

    // pandoc, from the BibLaTeX and from the CSL-JSON.
    const pandoc = (from: string, input: string): CslOut => JSON.parse(execFileSync("pandoc", ["-f", from, "-t", "csljson", input], { encoding: "utf8" }))[0];
    const fromBib = pandoc("biblatex", file("bib"));
    const fromJson = pandoc("csljson", file("json"));
    for (const [consumer, item] of [["pandoc -f biblatex", fromBib], ["pandoc -f csljson", fromJson]] as const) {
      expect(item.type, label(consumer)).toBe(TYPES[want.kind].csl);
      // From BibLaTeX, pandoc sentence-cases an English title, as biblatex styles may: the words are the same.
      expect(item.title?.toLowerCase(), label(consumer)).toBe(want.title.toLowerCase());
      expect(names(item), label(consumer)).toEqual(want.names);
      expect(dateParts(item), label(consumer)).toEqual(want.date);
      expect(item.DOI, label(consumer)).toBe(want.doi);
    }
    expect(fromJson.title, label("pandoc -f csljson")).toBe(want.title);
    expect(fromJson.language, label("pandoc -f csljson")).toBe(locale.cslLocale);
    // pandoc turns biblatex's langid into a BCP 47 tag where it knows the name (english → en-US), and keeps it where not.
    expect([locale.langid, locale.cslLocale], label("pandoc -f biblatex")).toContain(fromBib.language);

    // @retorquere/bibtex-parser, the parser of Zotero's Better BibTeX.
    // Without sentence casing, which it applies to English titles for Zotero: the title then comes back as written.
    const library = parseBib(readFileSync(file("bib"), "utf8"), { sentenceCase: false });
    expect(library.errors, label("bibtex-parser")).toEqual([]);
    expect(library.entries, label("bibtex-parser")).toHaveLength(1);
    const entry = library.entries[0];
    expect(entry?.type, label("bibtex-parser")).toBe(TYPES[want.kind].bib);
    expect(entry?.fields["title"], label("bibtex-parser")).toBe(want.title);
    const bibNames = (entry?.fields["author"] as { lastName?: string; firstName?: string }[] | undefined) ?? [];
    expect(bibNames.map((n) => [n.lastName, n.firstName]), label("bibtex-parser")).toEqual(want.names);
    expect(entry?.fields["date"], label("bibtex-parser")).toBe(want.date?.map((n, i) => String(n).padStart(i ? 2 : 4, "0")).join("-"));
    expect(entry?.fields["doi"], label("bibtex-parser")).toBe(want.doi);
    expect(entry?.fields["langid"], label("bibtex-parser")).toBe(locale.langid);

    // astrocite-ris.
    const ris = parseRis(readFileSync(file("ris"), "utf8")) as CslOut[];
    expect(ris, label("astrocite-ris")).toHaveLength(1);
    const [item] = ris;
    expect(item?.type, label("astrocite-ris")).toBe(TYPES[want.kind].csl);
    expect(item?.title, label("astrocite-ris")).toBe(want.title);
    expect(names(item ?? {}), label("astrocite-ris")).toEqual(want.names);
    expect(dateParts(item ?? {}), label("astrocite-ris")).toEqual(want.date);
    expect(item?.DOI, label("astrocite-ris")).toBe(want.doi);
    expect(item?.language, label("astrocite-ris")).toBe(locale.tag);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
