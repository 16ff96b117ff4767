import { describe, expect, it } from "vitest";
import { hanSpaceKind, hanSpacePieces } from "../../../src/lib/typography/han-spaces.ts";

describe("hanSpacePieces", () => {
  it("finds the author's spaces between Han and Latin letters or digits, losing no character", () => {
    const text = "随着 P2P、网络借贷，蚂蚁金服自 2004 年起从 C 端用户";
    const pieces = hanSpacePieces(text);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.space).map((p) => p.space)).toEqual(["gap", "gap", "gap", "gap", "gap"]);
  });

  it("sets a space beside full-width punctuation at none, and leaves spaces between Latin words alone", () => {
    expect(hanSpacePieces("改为“重点”。 原文")).toEqual([{ text: "改为“重点”。" }, { text: " ", space: "punct" }, { text: "原文" }]);
    expect(hanSpacePieces("in plain English")).toEqual([{ text: "in plain English" }]);
    expect(hanSpaceKind("a", "b")).toBeUndefined();
    expect(hanSpaceKind("中", "文")).toBeUndefined();
  });

  it("reads the characters outside the text when the space is at its edge", () => {
    expect(hanSpacePieces(" ", "从", "C")).toEqual([{ text: " ", space: "gap" }]);
    expect(hanSpacePieces(" ", "", "C")).toEqual([{ text: " " }]);
  });
});
