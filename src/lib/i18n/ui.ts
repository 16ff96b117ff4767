// Every interface string of the site, for each language, in one typed dictionary.

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? "");
}

/** The other language, for switchers and counterpart links. */
export function otherLang(lang: Lang): Lang {
  return lang === "zh" ? "en" : "zh";
}

const zh = {
  siteName: "中英双语论文",
  cardAlt: (title: string) => `论文《${title}》的分享卡片`,
  languageName: "中文",
  htmlLang: "zh-Hans",
  ogLocale: "zh_CN",
  switchTo: "English",
  switchToLabel: "Read this section in English",
  counterpartMark: "EN",
  skipToContent: "跳到正文",
  abstract: "摘要",
  authorAbstract: "Abstract（作者英文摘要）",
  keywords: "关键词",
  contents: "目录",
  editorialMark: "编者拟",
  editorialTitleNote: "标题与关键词为编者根据摘要所述研究目的拟定；原文未提供标题、作者与参考文献表。",
  authors: "作者",
  authorsMissing: "原文未提供作者信息",
  colophon: "版本说明",
  colophonSource: "中文正文依据论文 PDF 的文本提取逐字整理，段落按原文重建；除下列编者更正外，未作任何改动。",
  colophonTranslation: "英文版正文系本版本据中文逐段翻译，未经作者审阅；英文摘要为作者原文。",
  editorNotes: "编者注",
  editorNoteMark: "编",
  editorNoteLabel: (n: number) => `编者注 ${n}`,
  correctionText: (original: string, correction: string) => `原文作“${original}”，改为“${correction}”。`,
  translatorNotes: "译者注",
  translatorNoteMark: "译",
  translatorNoteLabel: (n: number) => `译者注 ${n}`,
  backToText: "返回正文",
  otherVersion: "English version",
  readIn: "阅读中文版",
  notFoundTitle: "页面不存在",
  notFoundBody: "您要找的页面不存在。",
  home: "首页",
  venue: "发表信息",
  date: "日期",
  doi: "DOI",
  license: "许可",
  notGiven: "原文未提供",
  // Citations and the reference list (src/lib/bibliography).
  references: "参考文献",
  referenceLabel: (n: number) => `参考文献 ${n}`,
  referenceRangeLabel: (from: number, to: number) => `参考文献 ${from} 至 ${to}`,
  referenceMissing: "原文未提供该文献的著录信息",
  citedIn: "引用位置：",
  citationPlace: (section: string, paragraph: string) => (paragraph ? `${section} 节第 ${paragraph} 段` : `${section} 节`),
  backToCitation: (place: string) => `返回正文引用处：${place}`,
  // "Cite this paper" (src/components/CiteThisPaper.astro) and the PDF.
  citeTitle: "引用本文",
  citeStyle: "GB/T 7714—2015 著录格式：",
  citeCopy: "复制引文",
  citeCopied: "已复制",
  citeDownloads: "下载引文数据",
  citeMissing: (fields: readonly string[]) => `原文未提供${fields.join("、")}，引文从缺。`,
  citeField: (field: string) => ({ authors: "作者", date: "发表日期", venue: "刊名", pages: "页码", doi: "DOI", license: "许可协议" })[field] ?? field,
  citeEditorialTitle: "方括号内的题名为编者所拟：原文未提供标题。",
  citeExportNote: "题名为编者所拟，原文未提供标题。",
  pdfLink: "PDF 版",
  referenceRunMissing: (from: number, to: number) => `[${from}]–[${to}]：原文未提供这些文献的著录信息；各号后为正文中的引用位置。`,
  // Reading interface (language switch, scheme, parallel view).
  languageNav: "语言",
  darkMode: "深色模式",
  parallelView: "中英对照",
  parallelTitle: (title: string) => `${title}（中英对照）`,
  parallelIntro: "中文原文与英文译文逐段对照。",
} as const;

type Dictionary = { [K in keyof typeof zh]: (typeof zh)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const en: Dictionary = {
  siteName: "A bilingual paper",
  cardAlt: (title: string) => `Sharing card for the paper “${title}”`,
  languageName: "English",
  htmlLang: "en",
  ogLocale: "en_US",
  switchTo: "中文",
  switchToLabel: "阅读本节中文原文",
  counterpartMark: "中",
  skipToContent: "Skip to content",
  abstract: "Abstract",
  authorAbstract: "Abstract",
  keywords: "Keywords",
  contents: "Contents",
  editorialMark: "editorial",
  editorialTitleNote:
    "The title and keywords were written by the editors from the abstract’s statement of aim; the source gives no title, authors or reference list.",
  authors: "Authors",
  authorsMissing: "Authors not given in the source",
  colophon: "About this edition",
  colophonSource:
    "The Chinese text is the author’s, word for word, from a text extraction of the paper’s PDF, with its paragraphs rebuilt; it differs only by the editorial corrections listed below.",
  colophonTranslation:
    "Translation: the body of this English version was translated from the Chinese for this edition, paragraph by paragraph, and has not been reviewed by the author; its terminology follows the edition’s glossary, and translator’s notes mark where the Chinese is unclear. The abstract is the author’s own English.",
  editorNotes: "Corrections to the Chinese text",
  editorNoteMark: "ed.",
  editorNoteLabel: (n: number) => `Editorial correction ${n}`,
  correctionText: (original: string, correction: string) => `The source has “${original}”; corrected to “${correction}”.`,
  translatorNotes: "Translator’s notes",
  translatorNoteMark: "TN",
  translatorNoteLabel: (n: number) => `Translator’s note ${n}`,
  backToText: "Back to the text",
  otherVersion: "中文版",
  readIn: "Read in English",
  notFoundTitle: "Page not found",
  notFoundBody: "The page you are looking for does not exist.",
  home: "Home",
  venue: "Venue",
  date: "Date",
  doi: "DOI",
  license: "Licence",
  notGiven: "not given in the source",
  references: "References",
  referenceLabel: (n: number) => `Reference ${n}`,
  referenceRangeLabel: (from: number, to: number) => `References ${from} to ${to}`,
  referenceMissing: "bibliographic details not given in the source",
  citedIn: "Cited in: ",
  citationPlace: (section: string, paragraph: string) => (paragraph ? `section ${section}, paragraph ${paragraph}` : `section ${section}`),
  backToCitation: (place: string) => `Back to the citation in ${place}`,
  citeTitle: "Cite this paper",
  citeStyle: "In GB/T 7714-2015 form:",
  citeCopy: "Copy citation",
  citeCopied: "Copied",
  citeDownloads: "Download the citation",
  citeMissing: (fields: readonly string[]) =>
    `The source does not give the ${fields.length > 1 ? `${fields.slice(0, -1).join(", ")} or ${fields.at(-1)}` : fields[0]}, so the citation lacks them.`,
  citeField: (field: string) => ({ authors: "authors", date: "date of publication", venue: "journal", pages: "pages", doi: "DOI", license: "licence" })[field] ?? field,
  citeEditorialTitle: "The title in square brackets was supplied by the editors: the source gives none.",
  citeExportNote: "Title supplied by the editors; the source gives none.",
  pdfLink: "PDF",
  referenceRunMissing: (from: number, to: number) => `[${from}]–[${to}]: bibliographic details not given in the source; each number is followed by the places that cite it.`,
  languageNav: "Language",
  darkMode: "Dark mode",
  parallelView: "Side by side",
  parallelTitle: (title: string) => `${title} (Chinese and English side by side)`,
  parallelIntro: "The Chinese original and the English translation, paragraph by paragraph.",
};

export const ui: Record<Lang, Dictionary> = { zh, en };
export type UiStrings = Dictionary;
