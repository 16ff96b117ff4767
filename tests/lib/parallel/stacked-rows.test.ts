import { describe, expect, it } from "vitest";
import { stackedRowsCss } from "../../../src/lib/parallel/stacked-rows.ts";

describe("stackedRowsCss", () => {
  it("puts the first text's k-th block on row 2k − 1, on narrow screens only", () => {
    const css = stackedRowsCss(3);
    expect(css).toMatch(/^@media screen and \(max-width:63\.99rem\)\{/);
    expect([...css.matchAll(/nth-child\((\d+)\)\{grid-row:(\d+)\}/g)].map((m) => [Number(m[1]), Number(m[2])])).toEqual([[1, 1], [2, 3], [3, 5]]);
  });

  it("refuses a count that is not one", () => {
    expect(() => stackedRowsCss(-1)).toThrow(/not a count/);
    expect(() => stackedRowsCss(1.5)).toThrow(/not a count/);
  });
});
