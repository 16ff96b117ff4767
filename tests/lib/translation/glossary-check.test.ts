// The glossary is followed in every aligned paragraph of the real translation, and the check can fail.
import { describe, expect, it } from "vitest";
import { languagePair } from "../../../src/lib/i18n/language-pair.ts";
import { loadGlossary } from "../../../src/lib/inputs/glossary.ts";
import { glossaryProblems, type AlignedPassage } from "../../../src/lib/translation/glossary-check.ts";
import { renderMarkdown } from "../../support/render-markdown.ts";

async function paragraphs(file: string): Promise<Map<string, string>> {
  const { $ } = await renderMarkdown(file);
  return new Map($("p[id]").toArray().map((el) => [$(el).attr("id") ?? "", $(el).text()] as const));
}

describe("terminology glossary", () => {
  it("is followed in every paragraph of the English translation", async () => {
    const [zh, en] = await Promise.all([paragraphs("content/paper/zh.md"), paragraphs("content/paper/en.md")]);
    const aligned: AlignedPassage[] = [...zh].map(([id, text]) => ({ id, original: text, translation: en.get(id) ?? "" }));
    const glossary = loadGlossary(process.cwd());
    expect(glossary.length).toBeGreaterThanOrEqual(15);
    expect(aligned.length).toBeGreaterThan(30);
    expect(glossaryProblems(aligned, glossary, languagePair())).toEqual([]);
  });

  it("names the paragraph and term when a translation strays", () => {
    const glossary = [{ zh: "普惠金融", en: "inclusive finance" }];
    expect(glossaryProblems([{ id: "sec-4-2-p1", original: "致力于普惠金融", translation: "committed to financial inclusion" }], glossary, languagePair())).toEqual([
      "sec-4-2-p1: the Chinese has “普惠金融” but the English lacks “inclusive finance”",
    ]);
    expect(glossaryProblems([{ id: "p", original: "致力于普惠金融", translation: "Inclusive finance first" }], glossary, languagePair())).toEqual([]);
  });

  it("checks the other way when the original is English", () => {
    const glossary = [{ zh: "普惠金融", en: "inclusive finance" }];
    expect(glossaryProblems([{ id: "sec-1-p1", original: "Inclusive finance matters", translation: "金融很重要" }], glossary, languagePair("en"))).toEqual([
      "sec-1-p1: the English has “inclusive finance” but the Chinese lacks “普惠金融”",
    ]);
  });
});
