// A broken CSL style fails naming the style file, the line and what is wrong, never with citeproc-js's bare TypeError or a stack overflow.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibliography } from "../../../src/lib/bibliography/bibtex.ts";
import { formatEntries, readStyleFiles } from "../../../src/lib/bibliography/format.ts";
import { macroCycle, styleProblem, xmlProblem } from "../../../src/lib/bibliography/style-check.ts";
import { INPUT_FILES } from "../../../src/lib/inputs/paths.ts";
import { exportsBib, ROOT } from "./helpers.ts";

const files = readStyleFiles(ROOT);
const items = [...parseBibliography("exports.bib", exportsBib()).entries.values()].map((e) => e.item);
const fixture = (name: string) => readFileSync(`tests/fixtures/csl/${name}.csl`, "utf8");
const failure = (style: string): string => {
  try {
    formatEntries(items, "zh", { ...files, style });
    return "formatted";
  } catch (error) {
    return (error as Error).message;
  }
};
const STYLE = INPUT_FILES.style.replaceAll(".", "\\.");

describe("a broken style", () => {
  it("the project's own style has no problem", () => {
    expect(styleProblem(files.style)).toBeUndefined();
  });

  it("bad XML: names the file, the line and the tag", () => {
    expect(failure(fixture("bad-xml"))).toMatch(new RegExp(`^${STYLE}:\\d+: not well-formed XML: </\\w+> closes <macro> \\(opened on line 62\\)\\.$`));
    expect(xmlProblem("<style>\n<a>\n</style>")).toEqual({ line: 3, message: "</style> closes <a> (opened on line 2)" });
    expect(xmlProblem("<style><a></a>")).toEqual({ line: 1, message: "<style> is never closed" });
  });

  it("macro recursion: names the macro and the cycle", () => {
    expect(failure(fixture("macro-recursion"))).toBe(`${INPUT_FILES.style}:62: macro "creators" calls itself ("creators" → "creators").`);
    expect(macroCycle('<macro name="a"><text macro="b"/></macro><macro name="b"><text macro="a"/></macro>')?.message).toBe('macro "a" calls itself ("a" → "b" → "a")');
  });

  it("no <bibliography> (a comment that mentions one does not count)", () => {
    expect(failure(fixture("no-bibliography"))).toBe(`${INPUT_FILES.style}: the style has no <bibliography>, which the reference list is formatted with.`);
  });

  it("not a style, or a call to an undefined macro", () => {
    expect(failure("<html></html>")).toBe(`${INPUT_FILES.style}: the root element is not <style>: this is not a CSL style.`);
    const undefinedCall = files.style.replace('<macro name="creators">', '<macro name="creators"><text macro="nowhere"/>');
    expect(failure(undefinedCall)).toMatch(new RegExp(`^${STYLE}:\\d+: calls macro "nowhere", which the style does not define\\.$`));
  });

  it("whatever citeproc-js still throws names the style file", () => {
    const odd = files.style.replace('<macro name="creators">', '<macro name="creators"><text variable="title" text-case="nonsense"/>');
    expect(failure(odd)).toMatch(new RegExp(`^${STYLE}: citeproc-js could not format the references with this style: .*not a function`));
  });
});
