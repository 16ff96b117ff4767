// Errors about the author's files: found at the place their message names, with no stack for Astro to print.
import { describe, expect, it } from "vitest";
import { AuthorError, asAuthorError, placeIn } from "../../../src/lib/errors/author-error.ts";

const root = process.cwd();

describe("placeIn", () => {
  it("is the first place with a line, of a file that exists, 1-based", () => {
    expect(placeIn("content/paper/zh.md:12: the id is used twice", root)).toEqual({ file: `${root}/content/paper/zh.md`, line: 12, column: 1 });
    expect(placeIn("content/metadata.yaml does not match its schema:\n  content/metadata.yaml:5: paper.title.en: …", root)).toMatchObject({ line: 5 });
    expect(placeIn("- section 3.3 is in content/paper/zh.md:49 but missing from content/paper/en.md", root)).toMatchObject({ file: `${root}/content/paper/zh.md`, line: 49 });
    expect(placeIn("content/paper/none.md:3: not there; content/paper/en.md:0: line 0", root)).toEqual({ file: `${root}/content/paper/en.md`, line: 1, column: 1 });
  });

  it("points at a file's first line when the message names no line, and at nothing when no file exists", () => {
    expect(placeIn("bibliography/references.bib: the keys clash", root)).toEqual({ file: `${root}/bibliography/references.bib`, line: 1, column: 1 });
    expect(placeIn("content/paper: no en version. Add content/paper/xx.md", root)).toBeUndefined();
  });
});

describe("asAuthorError", () => {
  it("gives an error naming a place the loc and id Astro reads, and no stack", () => {
    const error = asAuthorError(new Error("content/paper/en.md:7: the cross-reference names nothing"), root) as AuthorError;
    expect(error).toBeInstanceOf(AuthorError);
    expect(error.message).toBe("content/paper/en.md:7: the cross-reference names nothing");
    expect(error.loc).toEqual({ file: `${root}/content/paper/en.md`, line: 7, column: 1 });
    expect(error.id).toBe(`${root}/content/paper/en.md`);
    expect(error.stack).toBe("");
  });

  it("keeps no stack for a message about a path that is not there, and leaves our own faults alone", () => {
    const missing = asAuthorError(new Error("content/paper: no en version of the paper."), root) as AuthorError;
    expect(missing).toBeInstanceOf(AuthorError);
    expect(missing.loc).toBeUndefined();
    expect(missing.stack).toBe("");
    const fault = new Error("unreachable: ref01 was checked");
    expect(asAuthorError(fault, root)).toBe(fault);
  });
});
