// Whole-library exports: a .bib of 1,000 or 10,000 entries is scanned in full, and only the cited works are parsed.
import { describe, expect, it } from "vitest";
import { parseBibliography, scanBibtexFile } from "../../../src/lib/bibliography/bibtex.ts";
import { libraryBib } from "../../support/library-bib.ts";

const PAPER = ["@book{cited1, title = {被引之书}, author = {张伟}, date = {2020}, publisher = {出版社}, location = {北京}}", "@article{cited2, title = {Cited Article}, author = {Roe, Jane}, journaltitle = rfs, date = {2019}, volume = {3}}"];

describe("a library export", () => {
  it.each([1_000, 10_000])("of %i entries is scanned in full: every key, with the line it starts on", (size) => {
    const text = libraryBib({ entries: size, include: PAPER });
    const { entries, macros } = scanBibtexFile(text);
    expect(entries).toHaveLength(size);
    expect(macros.length).toBe(5);
    const lines = text.split("\n");
    for (const e of [entries[0], entries[Math.floor(size / 2)], entries.at(-1)]) {
      expect(lines[(e?.line ?? 0) - 1]).toMatch(new RegExp(`^@\\w+\\{${e?.key}[,(]`));
    }
  });

  it("of 10,000 entries gives the cited works only, with @string macros and crossref parents resolved", () => {
    const text = libraryBib({ entries: 10_000, include: PAPER });
    const bib = parseBibliography("library.bib", text, ["cited1", "cited2", "inproc3"]);
    expect([...bib.entries.keys()].sort()).toEqual(["cited1", "cited2", "inproc3", "proc3"]);
    expect(bib.keys.size).toBe(10_000);
    expect(bib.entries.get("cited2")?.item["container-title"]).toBe("The Review of Financial Studies");
    // The crossref parent gives the paper its book title and publisher.
    const inproc = bib.entries.get("inproc3")?.item;
    expect(inproc?.["container-title"]).toMatch(/Proceedings of the Conference on Digital Finance/);
    expect(inproc?.publisher).toBe("Example Society");
    expect(bib.entries.get("cited1")?.language).toBe("zh");
  });

  it("names the line of a cited entry's syntax error, counted in the whole file", () => {
    const broken = "@article{cited3,\n  title = {x}\n  year = {2000}\n}";
    const text = libraryBib({ entries: 2_000, include: [...PAPER, broken] });
    const line = text.split("\n").findIndex((l) => l.startsWith("@article{cited3,")) + 1;
    expect(() => parseBibliography("library.bib", text, ["cited3"])).toThrow(new RegExp(`^library\\.bib:${line + 2}:\\d+: BibTeX syntax error \\(in the entry "cited3" that starts at line ${line}\\)`));
  });
});
