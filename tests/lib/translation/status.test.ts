// The status computation: unchanged, edited, added, removed and reordered Chinese paragraphs.
import { describe, expect, it } from "vitest";
import { acknowledge, fingerprint, sentences, translationStatus, type Acknowledged } from "../../../src/lib/translation/status.ts";
import type { Unit } from "../../../src/lib/translation/units.ts";

const unit = (id: string, text: string, line = 1): Unit => ({ id, kind: id.includes("-p") ? "paragraph" : "heading", line, text });

const zh = [
  unit("sec-1", "1. 引言", 1),
  unit("sec-1-p1", "第一句。第二句！第三句？", 3),
  unit("sec-1-p2", "另一段落，只有一句。", 5),
];
const en = [unit("sec-1", "1. Introduction", 1), unit("sec-1-p1", "One. Two! Three?", 3), unit("sec-1-p2", "Another.", 5)];
const acked: Acknowledged = acknowledge(zh, en, {});

const states = (source: Unit[], record = acked) => translationStatus(source, en, record).entries.map((e) => [e.id, e.state]);

describe("translation status", () => {
  it("splits sentences at 。！？ and ignores layout", () => {
    expect(sentences("第一句。\n  第二句！“引语。”第三句")).toEqual(["第一句。", "第二句！", "“引语。”", "第三句"]);
    expect(fingerprint("甲。乙。")).toEqual(fingerprint("甲。\n乙。 "));
    expect(fingerprint("甲。乙。")).not.toEqual(fingerprint("甲。丙。"));
    // An English original's sentences end at a full stop before a space, not inside "2.5" or "e.g.,".
    expect(sentences("First one. Second (2.5%) one! “Quoted.” Last", "latin")).toEqual(["First one.", "Second (2.5%) one!", "“Quoted.”", "Last"]);
    expect(sentences("2.1. Payment and credit", "latin")).toEqual(["2.1. Payment and credit"]);
  });

  it("finds every unit up to date when nothing changed", () => {
    expect(states(zh)).toEqual([
      ["sec-1", "up-to-date"],
      ["sec-1-p1", "up-to-date"],
      ["sec-1-p2", "up-to-date"],
    ]);
    expect(translationStatus(zh, en, acked).gone).toEqual([]);
  });

  it("marks an edited paragraph stale and names only the sentence that changed", () => {
    const edited = [zh[0]!, unit("sec-1-p1", "第一句。第二句改了！第三句？", 3), zh[2]!];
    const { entries } = translationStatus(edited, en, acked);
    expect(entries.map((e) => e.state)).toEqual(["up-to-date", "stale", "up-to-date"]);
    expect(entries[1]).toMatchObject({ changed: ["第二句改了！"], removed: 1, movedFrom: undefined, translation: { line: 3 } });
  });

  it("counts a removed sentence even when nothing new was written", () => {
    const shorter = [zh[0]!, unit("sec-1-p1", "第一句。第三句？", 3), zh[2]!];
    expect(translationStatus(shorter, en, acked).entries[1]).toMatchObject({ state: "stale", changed: [], removed: 1 });
  });

  it("marks an added paragraph new, and a removed one gone", () => {
    const added = [...zh, unit("sec-1-p3", "新增的段落。", 7)];
    expect(states(added).at(-1)).toEqual(["sec-1-p3", "new"]);
    expect(translationStatus(zh.slice(0, 2), en, acked).gone).toEqual(["sec-1-p2"]);
  });

  it("marks reordered paragraphs stale, saying where each text was acknowledged", () => {
    const swapped = [zh[0]!, unit("sec-1-p1", zh[2]!.text, 3), unit("sec-1-p2", zh[1]!.text, 5)];
    const { entries } = translationStatus(swapped, en, acked);
    expect(entries.map((e) => [e.state, e.movedFrom])).toEqual([
      ["up-to-date", undefined],
      ["stale", "sec-1-p2"],
      ["stale", "sec-1-p1"],
    ]);
  });

  it("acknowledges all translated units, or only the ids given, and drops ids gone from the source", () => {
    const edited = [zh[0]!, unit("sec-1-p1", "改写。", 3), zh[2]!];
    const one = acknowledge(edited, en, { ...acked, "sec-9-p1": ["00000000"] }, ["sec-1-p1"]);
    expect(Object.keys(one)).toEqual(["sec-1", "sec-1-p1", "sec-1-p2"]);
    expect(states(edited, one).map(([, s]) => s)).toEqual(["up-to-date", "up-to-date", "up-to-date"]);
    // A Chinese paragraph with no English yet is not acknowledged.
    const untranslated = [...zh, unit("sec-1-p3", "尚未翻译。", 7)];
    expect(Object.keys(acknowledge(untranslated, en, acked))).not.toContain("sec-1-p3");
  });
});
