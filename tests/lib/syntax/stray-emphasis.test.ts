// Asterisks that Markdown leaves unpaired beside Chinese punctuation are named; paired or escaped ones are not.
import { describe, expect, it, vi } from "vitest";
import { asteriskRunsBesidePunctuation, strayEmphasisWarning } from "../../../src/lib/syntax/stray-emphasis.ts";
import { renderPaper } from "../../support/paper-file.ts";

describe("stray emphasis beside Chinese punctuation", () => {
  it("finds unescaped runs touching Chinese punctuation", () => {
    expect(asteriskRunsBesidePunctuation("显著性：***、**、*")).toEqual([
      { run: "***", offset: 4, beside: "：" },
      { run: "**", offset: 8, beside: "、" },
      { run: "*", offset: 11, beside: "、" },
    ]);
    expect(asteriskRunsBesidePunctuation("\\*\\*\\*、")).toEqual([]);
    expect(asteriskRunsBesidePunctuation("a *b* c")).toEqual([]);
  });

  it("warns only when the page still shows an asterisk", () => {
    expect(strayEmphasisWarning("zh.md:3", "注：***、** 分别表示显著", "注：*、 分别表示显著")).toBe(
      'zh.md:3: the asterisks in "注：***、** 分别" do not pair up as emphasis beside "：", so the page shows a stray "*". Write \\* for a literal asterisk; for bold or italics, put the punctuation outside the markers (**重要**：).',
    );
    // Bold that Markdown paired: nothing to say.
    expect(strayEmphasisWarning("zh.md:3", "**重要**、其次", "重要、其次")).toBeUndefined();
  });

  it("a caption with ***、** gives one warning naming its file and line; escaped asterisks none", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await renderPaper("zh", "## 1. 甲\n\n| 变量 | 系数 |\n| --- | ---: |\n| x | 0.062*** |\n\n(#tbl-a) 回归结果。***、** 分别表示 1%、5% 水平显著。\n");
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.filter((m) => m.includes("do not pair up"))).toHaveLength(1);
    expect(messages.find((m) => m.includes("do not pair up"))).toMatch(/zh\.md:11: the asterisks in " 回归结果。\*\*\*、\*\* 分别" do not pair up as emphasis beside "。"/);
    warn.mockClear();
    await renderPaper("zh", "## 1. 甲\n\n段落：\\*\\*\\*、\\*\\* 分别表示显著。\n");
    expect(warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes("do not pair up"))).toEqual([]);
    warn.mockRestore();
  });
});
