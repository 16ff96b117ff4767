// The glossary's terms that titles and headings keep on one line.
import { describe, expect, it } from "vitest";
import { keptTerms, keptTogether, loadGlossary } from "../../../src/lib/inputs/glossary.ts";
import { readFromDisk } from "../../../src/lib/inputs/read.ts";

describe("keptTogether", () => {
  it("keeps the Chinese terms of two to eight characters, spaced only where Han meets Latin", () => {
    const entries = [
      { zh: "互联网金融", en: "Internet finance" },
      { zh: "C 端", en: "C-end" },
      { zh: "互", en: "x" },
      { zh: "一二三四五六七八九", en: "nine" },
      { zh: "P2P", en: "P2P" },
      { zh: "金融 科技", en: "two words" },
    ];
    expect(keptTogether(entries)).toEqual(["互联网金融", "C 端", "P2P"]);
    expect(keptTogether(entries, ["发展趋势", "互联网金融"])).toEqual(["互联网金融", "C 端", "P2P", "发展趋势"]);
  });

  it("includes this paper's 互联网金融 and 蚂蚁金服, which Intl.Segmenter splits", () => {
    const terms = keptTogether(loadGlossary(process.cwd()));
    expect(terms).toContain("互联网金融");
    expect(terms).toContain("蚂蚁金服");
  });

  it("adds the paper's Chinese keywords (发展趋势, which the segmenter cuts as 发展|趋势)", () => {
    expect(keptTerms(readFromDisk(process.cwd()))).toEqual(expect.arrayContaining(["蚂蚁金服", "C 端", "发展趋势", "业务模式"]));
  });
});
