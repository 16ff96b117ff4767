import { describe, expect, it } from "vitest";
import { parseHeadingNumber, sectionId } from "../../../src/lib/syntax/structure.ts";

describe("paper structure helpers", () => {
  it("reads section numbers from headings in either language", () => {
    expect(parseHeadingNumber("2.1. 互联网金融概念界定")).toEqual({ number: "2.1", title: "互联网金融概念界定" });
    expect(parseHeadingNumber("6. Conclusion")).toEqual({ number: "6", title: "Conclusion" });
    expect(parseHeadingNumber("Conclusion")).toBeUndefined();
    expect(sectionId("5.3")).toBe("sec-5-3");
  });

});
