// The glossary's terms that titles and headings keep on one line.
import { describe, expect, it } from "vitest";
import { keptTogether, loadGlossary } from "../../../src/lib/inputs/glossary.ts";

describe("keptTogether", () => {
  it("keeps the Chinese terms of two to eight characters without spaces", () => {
    const entries = [
      { zh: "互联网金融", en: "Internet finance" },
      { zh: "C 端", en: "C-end" },
      { zh: "互", en: "x" },
      { zh: "一二三四五六七八九", en: "nine" },
      { zh: "P2P", en: "P2P" },
    ];
    expect(keptTogether(entries)).toEqual(["互联网金融", "P2P"]);
  });

  it("includes this paper's 互联网金融 and 蚂蚁金服, which Intl.Segmenter splits", () => {
    const terms = keptTogether(loadGlossary(process.cwd()));
    expect(terms).toContain("互联网金融");
    expect(terms).toContain("蚂蚁金服");
  });
});
