import { describe, expect, it } from "vitest";
import { breakUnits, isUnit } from "../../../src/lib/typography/words.ts";
import { scriptRuns } from "../../../src/lib/typography/script-runs.ts";

describe("breakUnits", () => {
  it("keeps each Chinese word whole and punctuation on its side, losing no character", () => {
    const title = "互联网金融的业务模式与发展趋势：以蚂蚁金服为例";
    const units = breakUnits(title, "zh");
    expect(units.join("")).toBe(title);
    expect(units).toContain("业务");
    expect(units).toContain("趋势：");
    expect(breakUnits("《互联网》（2018）", "zh")).toEqual(["《互", "联", "网》", "（2018）"]);
  });

  it("never breaks inside a kept term the segmenter splits, and still breaks around it", () => {
    const title = "互联网金融的业务模式与发展趋势：以蚂蚁金服为例";
    expect(breakUnits(title, "zh")).toContain("互");
    const units = breakUnits(title, "zh", ["互联网金融", "蚂蚁金服"]);
    expect(units.join("")).toBe(title);
    expect(units.slice(0, 2)).toEqual(["互联网金融", "的"]);
    // A one-character preposition goes with the phrase it opens: no line ends on "：以".
    expect(units).toContain("以蚂蚁金服");
    expect(units).not.toContain("以");
    // Every occurrence, and a term that is not there changes nothing.
    expect(breakUnits("互联网和互联网金融", "zh", ["互联网"]).filter((u) => u.includes("互"))).toEqual(["互联网", "互联网"]);
    expect(breakUnits(title, "zh", ["没有的词"])).toEqual(breakUnits(title, "zh"));
    // A term that mixes scripts keeps its space: "C 端" is one unit, never "C | 端"; spaces outside it still break.
    expect(breakUnits("C 端 用户", "zh", ["C 端"])).toEqual(["C 端", " ", "用户"]);
    expect(breakUnits("转移至 B 端用户", "zh", ["B 端"])).toEqual(["转移", "至", " ", "B 端", "用户"]);
  });

  it("keeps English words whole and a one-letter word with the next", () => {
    const units = breakUnits("Finance: A Case Study", "en");
    expect(units).toEqual(["Finance:", " ", "A Case", " ", "Study"]);
    expect(units.filter(isUnit)).toEqual(["Finance:", "A Case", "Study"]);
  });
});

describe("scriptRuns", () => {
  it("splits Chinese runs from the rest, so each can carry its lang", () => {
    expect(scriptRuns("The source has 偷袭者 (“raider”)。")).toEqual([
      { text: "The source has ", han: false },
      { text: "偷袭者", han: true },
      { text: " (“raider”)", han: false },
      { text: "。", han: true },
    ]);
    expect(scriptRuns("plain")).toEqual([{ text: "plain", han: false }]);
  });
});
