// crossref and xdata resolved by biblatex's rules, checked against what biber itself resolves them to.
import { describe, expect, it } from "vitest";
import { inheritedNames, resolveInheritance, splitEntry, type SplitEntry } from "../../../src/lib/bibliography/inheritance.ts";
import { parseBibliography, scanBibtex } from "../../../src/lib/bibliography/bibtex.ts";
import { fixture } from "./helpers.ts";

/** The entries of a .bib text, split into fields. */
function split(text: string): Map<string, SplitEntry> {
  return new Map(scanBibtex(text).flatMap((s) => {
    const e = splitEntry(s.text);
    return e ? [[s.key, e] as const] : [];
  }));
}

/** Field name → value, compared the way biber writes them: year as date, names lower-cased, outer braces off. */
function fieldMap(entry: SplitEntry | undefined): Record<string, string> {
  const aliases: Record<string, string> = { year: "date", address: "location", journal: "journaltitle" };
  return Object.fromEntries(
    (entry?.fields ?? []).map((f) => [aliases[f.name] ?? f.name, f.value.replace(/^\{([^]*)\}$/, "$1").toLowerCase()]),
  );
}

const source = split(fixture("crossref.bib"));
const biber = split(fixture("crossref.biber.bib"));
const works = [...source.values()].filter((e) => e.type !== "xdata").map((e) => e.key);
const ours = resolveInheritance(source, works);

/**
 * Where we differ from biber, on purpose. The manual's table (appendix B) says shorttitle, sorttitle,
 * indextitle and indexsorttitle are not inherited when the title is; biber's --tool defaults still copy
 * them. And a @book's title becomes an @incollection's booktitle (see inheritance.ts), which biber leaves out.
 */
const DIFFERENCES: Record<string, { add?: Record<string, string>; drop?: string[] }> = {
  child1: { add: { booktitle: "the book", booksubtitle: "sub" }, drop: ["subtitle", "shorttitle"] },
  child2: { drop: ["shorttitle"] },
};

describe("crossref and xdata, against biber's --output-resolve", () => {
  it.each(works)("%s gets the fields biber gives it", (key) => {
    const expected = fieldMap(biber.get(key));
    for (const field of DIFFERENCES[key]?.drop ?? []) delete expected[field];
    Object.assign(expected, DIFFERENCES[key]?.add);
    expect(fieldMap(ours.get(key))).toEqual(expected);
  });

  it("the documented rows of biblatex's table", () => {
    expect(inheritedNames("book", "inbook", "title")).toEqual(["booktitle"]);
    expect(inheritedNames("book", "inbook", "author")).toEqual(["author", "bookauthor"]);
    expect(inheritedNames("mvbook", "book", "title")).toEqual(["maintitle"]);
    expect(inheritedNames("mvbook", "inbook", "titleaddon")).toEqual(["maintitleaddon"]);
    expect(inheritedNames("collection", "incollection", "subtitle")).toEqual(["booksubtitle"]);
    expect(inheritedNames("proceedings", "inproceedings", "title")).toEqual(["booktitle"]);
    expect(inheritedNames("proceedings", "conference", "title")).toEqual(["booktitle"]);
    expect(inheritedNames("periodical", "article", "title")).toEqual(["journaltitle"]);
    expect(inheritedNames("periodical", "article", "subtitle")).toEqual(["journalsubtitle"]);
    expect(inheritedNames("book", "inbook", "shorttitle")).toEqual([]);
    for (const field of ["ids", "crossref", "xref", "entryset", "label", "options", "related", "shorthand", "sortkey"]) {
      expect(inheritedNames("book", "inbook", field)).toEqual([]);
    }
    // Any other pair inherits every field under its own name.
    expect(inheritedNames("misc", "misc", "title")).toEqual(["title"]);
    expect(inheritedNames("book", "inbook", "publisher")).toEqual(["publisher"]);
  });
});

describe("inheritance, once read as CSL", () => {
  const bib = parseBibliography("crossref.bib", fixture("crossref.bib"));

  it("an @incollection whose parent @book has a title gets it as its booktitle, with the book's publisher", () => {
    const child = bib.entries.get("child1");
    expect(child?.item["container-title"]).toBe("The Book: Sub");
    expect(child?.item.publisher).toBe("Rutgers University Press");
    expect(child?.item["publisher-place"]).toBe("New Brunswick");
    expect(child?.item.issued?.["date-parts"]).toEqual([[1956]]);
    expect(child?.missing).toEqual([]);
  });

  it("xdata fills fields, through nested xdata; @xdata entries are not works but are not uncited", () => {
    expect(bib.entries.get("xb2")?.item.publisher).toBe("XPub");
    expect(bib.entries.get("xb2")?.item.edition).toBe("2");
    expect(bib.entries.has("xd")).toBe(false);
    expect(bib.crossrefTargets).toEqual(new Set(["parentbook", "mv", "vol", "per", "coll", "xd", "proc", "coll2", "xd2"]));
  });

  it("only the wanted entries and what they inherit from are read", () => {
    const some = parseBibliography("crossref.bib", fixture("crossref.bib"), ["part"]);
    expect([...some.entries.keys()]).toEqual(["mv", "vol", "part"]);
    // Two levels up: the @mvbook's date reaches the @inbook through its @book.
    expect(some.entries.get("part")?.item.issued?.["date-parts"]).toEqual([[1990]]);
  });
});

describe("a chapter whose book is its crossref parent, in the paper's metadata", () => {
  it("is complete, so it gets its citation_reference (the issue's 9 tags for 10 works)", async () => {
    const { completeReferences } = await import("../../../src/lib/bibliography/complete-references.ts");
    const bib = "@book{kurihara1954, title = {Post Keynesian Economics}, editor = {Kurihara, Kenneth K.}, publisher = {Rutgers University Press}, location = {New Brunswick}, year = {1954}}\n@incollection{modigliani1954, title = {Utility Analysis and the Consumption Function}, author = {Modigliani, Franco and Brumberg, Richard}, crossref = {kurihara1954}, pages = {388--436}}\n";
    const refs = completeReferences(bib, "## 1. Intro\n\nText [@modigliani1954].\n");
    expect(refs.map((r) => [r.id, r["container-title"]])).toEqual([["modigliani1954", "Post Keynesian Economics"]]);
  });
});
