// The glossary is followed in every aligned paragraph of the real translation, and the check can fail.
import { describe, expect, it } from "vitest";
import { glossaryProblems, keptTogether, loadGlossary, type AlignedParagraph } from "../../../src/lib/inputs/glossary.ts";
import { renderMarkdown } from "../../support/render-markdown.ts";

async function paragraphs(file: string): Promise<Map<string, string>> {
  const { $ } = await renderMarkdown(file);
  return new Map($("p[id]").toArray().map((el) => [$(el).attr("id") ?? "", $(el).text()] as const));
}

describe("terminology glossary", () => {
  it("is followed in every paragraph of the English translation", async () => {
    const [zh, en] = await Promise.all([paragraphs("content/paper/zh.md"), paragraphs("content/paper/en.md")]);
    const aligned: AlignedParagraph[] = [...zh].map(([id, text]) => ({ id, zh: text, en: en.get(id) ?? "" }));
    const glossary = loadGlossary(process.cwd());
    expect(glossary.length).toBeGreaterThanOrEqual(15);
    expect(aligned.length).toBeGreaterThan(30);
    expect(glossaryProblems(aligned, glossary)).toEqual([]);
  });

  it("names the paragraph and term when a translation strays", () => {
    const glossary = [{ zh: "普惠金融", en: "inclusive finance" }];
    expect(glossaryProblems([{ id: "sec-4-2-p1", zh: "致力于普惠金融", en: "committed to financial inclusion" }], glossary)).toEqual([
      "sec-4-2-p1: the Chinese has “普惠金融” but the English lacks “inclusive finance”",
    ]);
    expect(glossaryProblems([{ id: "p", zh: "致力于普惠金融", en: "Inclusive finance first" }], glossary)).toEqual([]);
  });
});

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
