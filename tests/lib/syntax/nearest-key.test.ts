// "Did you mean": the nearest existing key, only when it is near enough to be a slip.
import { describe, expect, it } from "vitest";
import { didYouMean, editDistance, nearestKey } from "../../../src/lib/syntax/nearest-key.ts";

describe("the nearest key", () => {
  it("measures edits, ignoring case as BibTeX does", () => {
    expect(editDistance("ref01", "ref01")).toBe(0);
    expect(editDistance("ref1", "ref01")).toBe(1);
    expect(editDistance("Smith2020", "smith2020")).toBe(0);
    expect(editDistance("fig-grwoth", "fig-growth")).toBe(2);
  });

  it("suggests a near key, and nothing when every key is far", () => {
    expect(nearestKey("fig-grwoth", ["fig-growth", "tbl-users"])).toBe("fig-growth");
    expect(nearestKey("modigliani1945", ["modigliani1954", "kurihara1954"])).toBe("modigliani1954");
    expect(nearestKey("intro", ["ref01", "ref02"])).toBeUndefined();
    expect(nearestKey("ref01", [])).toBeUndefined();
    expect(didYouMean("ref1", ["ref01"])).toBe(' Did you mean "ref01"?');
    expect(didYouMean("zzz", ["ref01"])).toBe("");
  });
});
