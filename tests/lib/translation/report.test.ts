// The build's warning and the status table name each English unit to revisit by file and line, with the Chinese that changed.
import { describe, expect, it } from "vitest";
import { countByKind, staleWarning, statusTable } from "../../../src/lib/translation/report.ts";
import { acknowledge, translationStatus } from "../../../src/lib/translation/status.ts";
import type { Unit } from "../../../src/lib/translation/units.ts";
import { languagePair } from "../../../src/lib/i18n/language-pair.ts";

const files = { source: "content/paper/zh.md", translation: "content/paper/en.md", record: "content/paper/translation-status.yaml", pair: languagePair("zh") };
const unit = (id: string, text: string, line: number): Unit => ({ id, kind: id.includes("-p") ? "paragraph" : "heading", line, text });
const zh = [unit("sec-4", "4. 案例描述", 59), unit("sec-4-p1", "自从 2013 年以来。作为传统金融的补充。", 63)];
const en = [unit("sec-4", "4. Case Description", 65), unit("sec-4-p1", "Since 2013. As a complement.", 69)];
const acked = acknowledge(zh, en, {});

describe("translation status report", () => {
  it("says nothing when the translation is up to date", () => {
    expect(staleWarning(translationStatus(zh, en, acked), files)).toBeUndefined();
  });

  it("lists each stale English unit once, with its file and line and the changed Chinese", () => {
    const edited = [unit("sec-4", "4. 案例分析", 59), unit("sec-4-p1", "自从 2014 年以来。作为传统金融的补充。", 63)];
    const warning = staleWarning(translationStatus(edited, en, acked), files) ?? "";
    expect(warning.split("\n")).toEqual([
      "[translation] 2 English headings and paragraphs translate a version of the Chinese other than the one acknowledged in content/paper/translation-status.yaml:",
      "  content/paper/en.md:65 (heading sec-4): the Chinese at content/paper/zh.md:59 changed: “4. 案例分析”",
      "  content/paper/en.md:69 (sec-4-p1): the Chinese at content/paper/zh.md:63 changed: “自从 2014 年以来。”",
      "Revise the English, then run `npm run translation:ack` (all) or `npm run translation:ack -- sec-4` (one); STRICT_TRANSLATION=1 makes this an error.",
    ]);
  });

  it("names units never acknowledged", () => {
    expect(staleWarning(translationStatus(zh, en, {}), files)).toContain(
      "content/paper/en.md:69 (sec-4-p1): not yet acknowledged against the Chinese at content/paper/zh.md:63",
    );
  });

  it("tabulates every unit with its state and counts them", () => {
    const edited = [zh[0]!, unit("sec-4-p1", "自从 2014 年以来。作为传统金融的补充。", 63)];
    const table = statusTable(translationStatus(edited, en, { ...acked, "sec-5": ["00000000"] }), files).split("\n");
    expect(table[0]).toMatch(/^state\s+id\s+English\s+Chinese\s+what changed$/);
    expect(table[1]).toMatch(/^up-to-date\s+sec-4\s+content\/paper\/en\.md:65\s+content\/paper\/zh\.md:59$/);
    expect(table[2]).toMatch(/^stale\s+sec-4-p1\s+content\/paper\/en\.md:69\s+content\/paper\/zh\.md:63\s+自从 2014 年以来。$/);
    expect(table[3]).toMatch(/^removed\s+sec-5\s+—\s+—\s+acknowledged, no longer in the Chinese$/);
    expect(table.at(-1)).toBe("1 up to date, 1 stale, 0 new, 1 removed (record: content/paper/translation-status.yaml)");
  });

  it("names the languages the other way round when the original is English", () => {
    const reversed = { source: "content/paper/en.md", translation: "content/paper/zh.md", record: "content/paper/translation-status.yaml", pair: languagePair("en") };
    const ackedEn = acknowledge(en, zh, {}, undefined, "latin");
    const edited = [en[0]!, unit("sec-4-p1", "Since 2014. As a complement.", 69)];
    const warning = staleWarning(translationStatus(edited, zh, ackedEn, "latin"), reversed) ?? "";
    expect(warning.split("\n")).toEqual([
      "[translation] 1 Chinese paragraph translates a version of the English other than the one acknowledged in content/paper/translation-status.yaml:",
      "  content/paper/zh.md:63 (sec-4-p1): the English at content/paper/en.md:69 changed: “Since 2014.”",
      "Revise the Chinese, then run `npm run translation:ack` (all) or `npm run translation:ack -- sec-4-p1` (one); STRICT_TRANSLATION=1 makes this an error.",
    ]);
    expect(statusTable(translationStatus(edited, zh, ackedEn, "latin"), reversed).split("\n")[0]).toMatch(/^state\s+id\s+Chinese\s+English\s+what changed$/);
  });
});

describe("countByKind", () => {
  it("names each kind of part with its count, in a fixed order, singular for one", () => {
    expect(countByKind(["paragraph", "heading", "paragraph", "footnote", "cell", "cell", "alt", "component", "equation", "caption"])).toBe(
      "1 heading, 2 paragraphs, 1 caption, 2 table cells, 1 alt text, 1 footnote, 1 equation, 1 component",
    );
    expect(countByKind([])).toBe("");
  });
});
