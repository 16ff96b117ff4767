// A content-layer plugin's error is kept with the file (the tree emptied, later plugins skipped) and raised by the page.
import { describe, expect, it } from "vitest";
import type { Root } from "hast";
import { VFile } from "vfile";
import { AuthorError } from "../../../../src/lib/errors/author-error.ts";
import { deferErrors, deferredError, raiseDeferredError } from "../../../../src/lib/pipeline/file/deferred-error.ts";
import { pageFrontmatter } from "../../../../src/lib/pipeline/file/file-frontmatter.ts";

const tree = (): Root => ({ type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [] }] });

describe("deferErrors", () => {
  it("keeps the first plugin's error with the file, empties the tree and skips the next plugins", () => {
    const file = new VFile({ path: "content/paper/en.md" });
    const root = tree();
    let ran = false;
    deferErrors(() => () => {
      throw new Error("content/paper/en.md:3: the image has no alt text");
    })()(root, file);
    deferErrors(() => () => {
      ran = true;
    })()(root, file);
    expect(deferredError(pageFrontmatter(file))).toBe("content/paper/en.md:3: the image has no alt text");
    expect(root.children).toEqual([]);
    expect(ran).toBe(false);
  });

  it("is raised by the page as an AuthorError at its place, once the file is rendered", () => {
    expect(() => raiseDeferredError({ authoringError: "content/paper/en.md:3: the image has no alt text" }, process.cwd())).toThrow(AuthorError);
    expect(() => raiseDeferredError({ lang: "en" }, process.cwd())).not.toThrow();
  });
});
