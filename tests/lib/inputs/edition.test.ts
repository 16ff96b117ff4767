// The edition notes are optional data: none without the file, and a bad field is named with its line.
import { describe, expect, it } from "vitest";
import { loadEdition } from "../../../src/lib/inputs/edition.ts";
import { readFromDisk } from "../../../src/lib/inputs/read.ts";
import { INPUT_FILES } from "../../../src/lib/inputs/paths.ts";

const only = (text: string | undefined) => (file: string) => (file === INPUT_FILES.edition ? text : undefined);

describe("edition notes", () => {
  it("are none when the file is absent or empty", () => {
    expect(loadEdition(only(undefined))).toEqual({});
    expect(loadEdition(only("# nothing yet\n"))).toEqual({});
  });

  it("carry the seed paper's notes and its source text", () => {
    const edition = loadEdition(readFromDisk(process.cwd()));
    expect(edition.source?.zh).toContain("PDF");
    expect(edition.sourceText).toBe("tests/fixtures/source.txt");
  });

  it("name the file, line and field at fault", () => {
    expect(() => loadEdition(only("source:\n  zh: 中文\n"))).toThrow(/content\/edition\.yaml:2: source\.en/);
    expect(() => loadEdition(only("sorce:\n  zh: x\n  en: y\n"))).toThrow(/content\/edition\.yaml/);
  });
});
