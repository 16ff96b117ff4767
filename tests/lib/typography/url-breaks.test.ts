import { describe, expect, it } from "vitest";
import { urlBreakPieces } from "../../../src/lib/typography/url-breaks.ts";

describe("urlBreakPieces", () => {
  it("keeps each hyphen of a URL with its neighbours and offers a break after each slash, losing no character", () => {
    const text = "[EB/OL]. [2026-12-02]. https://user.github.io/paper-site/zh/.";
    const pieces = urlBreakPieces(text);
    expect(pieces.map((p) => ("text" in p ? p.text : "")).join("")).toBe(text);
    expect(pieces.filter((p) => p.kind === "nobreak").map((p) => ("text" in p ? p.text : ""))).toEqual(["r-s"]);
    expect(pieces.filter((p) => p.kind === "break")).toHaveLength(3);
  });

  it("leaves text without a URL as it is", () => {
    expect(urlBreakPieces("2026-12-02")).toEqual([{ text: "2026-12-02", kind: "text" }]);
  });
});
