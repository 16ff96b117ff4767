// The locale table, the language pair, and what derives from them: CSL locales, a work's language, the sitemap, cards, wording.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_ORIGINAL, LANGS, LOCALES, MULTILINGUAL, isLang, langOfScript, otherLang, perLang } from "../../../src/lib/i18n/locales.ts";
import { isOriginal, languagePair } from "../../../src/lib/i18n/language-pair.ts";
import { ui } from "../../../src/lib/i18n/ui.ts";
import { PAGE_LOCALE, cslLocaleFileForLang, readStyleFiles } from "../../../src/lib/bibliography/format.ts";
import { parseBibliography, workLanguage } from "../../../src/lib/bibliography/bibtex.ts";
import type { CslItem } from "../../../src/lib/bibliography/schema.ts";
import { sitemapOptions } from "../../../src/lib/site/sitemap.ts";
import { textLang } from "../../../src/lib/cards/social-card.ts";
import { pageCardsFor } from "../../../src/lib/cards/page-cards.ts";
import { breakUnits } from "../../../src/lib/typography/words.ts";
import { skeletonFiles } from "../../../src/lib/new-paper/skeleton.ts";
import { MetadataSchema } from "../../../src/lib/inputs/metadata.ts";
import { existingPaperFile, paperFile } from "../../../src/lib/inputs/paths.ts";

describe("the locale table", () => {
  it("declares each language's tag, Open Graph locale, CSL locale, script, direction and dictionary", () => {
    expect(LANGS).toEqual(["zh", "en"]);
    expect(perLang((l) => [LOCALES[l].tag, LOCALES[l].ogLocale, LOCALES[l].cslLocale, LOCALES[l].script, LOCALES[l].dir])).toEqual({
      zh: ["zh-Hans", "zh_CN", "zh-CN", "han", "ltr"],
      en: ["en", "en_US", "en-US", "latin", "ltr"],
    });
    for (const lang of LANGS) {
      expect(LOCALES[lang].dictionary).toBe(ui[lang]);
      expect(Object.keys(ui[lang]).sort()).toEqual(Object.keys(ui.zh).sort());
    }
    expect(MULTILINGUAL).toBe("mul");
    expect(DEFAULT_ORIGINAL).toBe("zh");
  });

  it("gives the other language, the language of a script, and a record per language", () => {
    expect([otherLang("zh"), otherLang("en")]).toEqual(["en", "zh"]);
    expect([langOfScript("han"), langOfScript("latin")]).toEqual(["zh", "en"]);
    expect(perLang((lang) => lang.length)).toEqual({ zh: 2, en: 2 });
    expect([isLang("zh"), isLang("en"), isLang("fr"), isLang(undefined)]).toEqual([true, true, false, false]);
  });
});

describe("the language pair", () => {
  it("has the Chinese as the original by default, and the English when the metadata says so", () => {
    expect(languagePair()).toEqual({ original: "zh", translation: "en", langs: ["zh", "en"] });
    expect(languagePair("en")).toEqual({ original: "en", translation: "zh", langs: ["en", "zh"] });
    expect([isOriginal(languagePair("en"), "en"), isOriginal(languagePair("en"), "zh")]).toEqual([true, false]);
  });

  it("is read from content/metadata.yaml's `original`, zh unless given", () => {
    const metadata = { title: { zh: "题", en: "T" }, titleSource: "author", keywords: { zh: [], en: [] }, keywordsSource: "author" };
    expect(MetadataSchema.parse(metadata).original).toBe("zh");
    expect(MetadataSchema.parse({ ...metadata, original: "en" }).original).toBe("en");
    expect(MetadataSchema.safeParse({ ...metadata, original: "fr" }).success).toBe(false);
  });
});

describe("CSL locales", () => {
  it("are each language's CSL locale: the project's own file where it has one, citation-js's otherwise", () => {
    expect(PAGE_LOCALE).toEqual({ zh: "zh-CN", en: "en-US" });
    expect(perLang(cslLocaleFileForLang)).toEqual({ zh: "bibliography/styles/locales-zh-CN.xml", en: "bibliography/styles/locales-en-US.xml" });
    const files = readStyleFiles(process.cwd());
    expect(files.locales.zh).toContain('xml:lang="zh-CN"');
    expect(files.locales.en).toBeUndefined();
  });
});

describe("a work's language", () => {
  const item = (fields: Partial<CslItem>): CslItem => ({ id: "x", type: "book", ...fields });

  it("comes from the langid names each locale row lists, with any region, or from the script of its title and names", () => {
    for (const lang of LANGS) for (const id of LOCALES[lang].bibLangids) expect(workLanguage(item({ language: id })), id).toBe(lang);
    expect(workLanguage(item({ language: "zh_TW" }))).toBe("zh");
    expect(workLanguage(item({ language: "en-GB" }))).toBe("en");
    expect(workLanguage(item({ language: "german" }))).toBe("other");
    expect(workLanguage(item({ title: "Fintech 与互联网金融" }))).toBe("zh");
    expect(workLanguage(item({ title: "Finance" }))).toBe("en");
    expect(workLanguage(item({ title: "123" }))).toBe("other");
  });

  it("gives a work the CSL locale of its language, keeping a declared region of that language", () => {
    const bib = parseBibliography(
      "t.bib",
      ["@book{a, title = {甲}, year = 2000}", "@book{b, title = {B}, year = 2000, langid = {english}}", "@book{c, title = {丙}, year = 2000, language = {zh_TW}}", "@book{d, title = {D}, year = 2000, language = {en-GB}}"].join("\n"),
    );
    expect(["a", "b", "c", "d"].map((k) => bib.entries.get(k)?.item.language)).toEqual(["zh-CN", "en-US", "zh-TW", "en-GB"]);
  });
});

describe("the sitemap", () => {
  it("lists an alternate per language by its tag, with the default original as the integration's default locale", () => {
    const options = sitemapOptions("https://example.org", "/base/");
    expect(options.i18n).toEqual({ defaultLocale: DEFAULT_ORIGINAL, locales: { zh: "zh-Hans", en: "en" } });
  });
});

describe("cards", () => {
  it("take a text's language from its script", () => {
    expect([textLang("互联网金融"), textLang("Internet finance"), textLang("Ant 蚂蚁"), textLang("2019")]).toEqual(["zh", "en", "zh", "en"]);
  });

  it("put the original's title first on the bilingual card", () => {
    const title = { zh: "中文题名", en: "English Title" };
    const [rootZh] = pageCardsFor(title, languagePair("zh"));
    const [rootEn] = pageCardsFor(title, languagePair("en"));
    expect([rootZh?.title, rootZh?.secondaryTitle, rootZh?.languageLabel]).toEqual(["中文题名", "English Title", "中文 · English"]);
    expect([rootEn?.title, rootEn?.secondaryTitle, rootEn?.languageLabel, rootEn?.lang]).toEqual(["English Title", "中文题名", "English · 中文", MULTILINGUAL]);
  });
});

describe("line breaking", () => {
  it("keeps each language's clinging words with the next word, and only that language's", () => {
    expect(breakUnits("A Case of Finance", "en")).toContain("A Case");
    expect(breakUnits("A Case of Finance", "zh")).not.toContain("A Case");
  });
});

describe("wording that depends on the direction", () => {
  it("is the seed's, word for word, when the Chinese is the original", () => {
    const pair = languagePair("zh");
    expect(ui.en.editorNotes(pair)).toBe("Corrections to the Chinese text");
    expect(ui.en.parallelIntro(pair)).toBe("The Chinese original and the English translation, paragraph by paragraph.");
    expect(ui.zh.parallelIntro(pair)).toBe("中文原文与英文译文逐段对照。");
    expect(ui.en.switchToLabel(pair)).toBe("中: read this section in the Chinese original");
    expect(ui.zh.switchToLabel(pair)).toBe("EN：阅读本节英文译文");
    expect(ui.zh.glossaryIntro(pair)).toBe("英译本对下列术语统一采用右栏译名。");
    expect(ui.en.glossaryIntro(pair)).toBe("The translation renders each Chinese term below by the English term beside it, throughout.");
    expect([ui.zh.glossaryColumn(pair.original, true), ui.zh.glossaryColumn(pair.translation, false)]).toEqual(["中文", "英译"]);
    expect([ui.en.glossaryColumn(pair.original, true), ui.en.glossaryColumn(pair.translation, false)]).toEqual(["Chinese", "English"]);
    expect(ui.zh.correctionTitle("x")).toBe("原文：x");
  });

  it("never calls the English a translation when it is the original", () => {
    const pair = languagePair("en");
    expect(ui.en.editorNotes(pair)).toBe("Corrections to the English text");
    expect(ui.en.parallelIntro(pair)).toBe("The English original and the Chinese translation, paragraph by paragraph.");
    expect(ui.zh.parallelIntro(pair)).toBe("英文原文与中文译文逐段对照。");
    expect(ui.en.switchToLabel(pair)).toBe("中: read this section in the Chinese translation");
    expect(ui.zh.switchToLabel(pair)).toBe("EN：阅读本节英文原文");
    expect(ui.zh.glossaryIntro(pair)).toBe("中译本对下列术语统一采用右栏译名。");
    expect([ui.zh.glossaryColumn(pair.original, true), ui.zh.glossaryColumn(pair.translation, false)]).toEqual(["英文", "中译"]);
  });
});

describe("the new-paper skeleton", () => {
  it("writes both versions and the metadata, with the original given (zh by default)", () => {
    for (const original of LANGS) {
      const files = skeletonFiles(original);
      expect(Object.keys(files)).toEqual([paperFile(original), paperFile(otherLang(original)), "content/metadata.yaml", "bibliography/references.bib"]);
      const metadata = MetadataSchema.parse((parse(files["content/metadata.yaml"] ?? "") as { paper: unknown }).paper);
      expect(metadata.original).toBe(original);
      expect(metadata.title).toEqual({ zh: "论文标题", en: "Paper Title" });
      expect(metadata.keywords.en).toEqual(["first keyword", "second keyword"]);
      expect(files[paperFile("zh")]).toMatch(/^---\nlang: zh\nabstract: 在此写中文摘要。\n---\n\n## 1\. 引言\n/);
    }
    expect(skeletonFiles()["content/metadata.yaml"]).toContain("  original: zh\n");
  });

  it("finds a version's file as .md, or .mdx when only that exists", () => {
    const read = (files: string[]) => (file: string) => (files.includes(file) ? "x" : undefined);
    expect(existingPaperFile("zh", read(["content/paper/zh.md"]))).toBe("content/paper/zh.md");
    expect(existingPaperFile("zh", read(["content/paper/zh.mdx"]))).toBe("content/paper/zh.mdx");
    expect(existingPaperFile("en", read([]))).toBe("content/paper/en.md");
  });
});
