// Citation markers, their numbering order, and GB/T 7714's compression of adjacent numbers.
import { describe, expect, it } from "vitest";
import { citationOrder, compress, findMarkers, markerText } from "../../../src/lib/syntax/citation-markers.ts";

describe("citation markers", () => {
  it("finds pandoc-style groups and their keys", () => {
    const text = "资金支持[@ref01; @ref02]。而[@ref03]，邮件 [me@example.org] 与 [见附录] 不是引用。";
    expect(findMarkers(text)).toEqual([
      { start: 4, end: 20, keys: ["ref01", "ref02"] },
      { start: 22, end: 30, keys: ["ref03"] },
    ]);
    expect(findMarkers("Zotero keys [@zhang_hulianwang_2018;@Kim2021:x] work.")[0]?.keys).toEqual(["zhang_hulianwang_2018", "Kim2021:x"]);
  });

  it("refuses prefixes, locators and suffixes, which a numeric style cannot show", () => {
    expect(() => findMarkers("如 [see @ref01, p. 3] 所述")).toThrow(/the citation "\[see @ref01, p\. 3\]" cannot be rendered/);
    expect(() => findMarkers("[-@ref01]")).toThrow(/cannot be rendered/);
  });

  it("orders keys by first citation in a Markdown file", () => {
    const md = "---\nlang: zh\n---\n\n甲[@b; @a]。`[@code]`\n\n乙[@a; @c]。\n";
    expect(citationOrder(md)).toEqual(["b", "a", "c"]);
  });
});

describe("GB/T 7714 compression", () => {
  const text = (numbers: number[]) => markerText(compress(numbers));
  it("joins consecutive numbers with a short dash and the rest with commas", () => {
    expect(text([3, 4, 5])).toBe("[3-5]");
    expect(text([9, 11, 12])).toBe("[9,11-12]");
    expect(text([1, 2])).toBe("[1-2]");
    expect(text([8])).toBe("[8]");
    expect(text([11, 15, 16, 17])).toBe("[11,15-17]");
  });
  it("sorts and removes repeats", () => {
    expect(text([5, 3, 4, 3])).toBe("[3-5]");
    expect(compress([12, 9, 11])).toEqual([
      { from: 9, to: 9 },
      { from: 11, to: 12 },
    ]);
  });
});
