// The Chinese interface strings; its shape is the dictionary every language fills (dictionary.ts).
import type { LanguagePair } from "../language-pair.ts";

// Keyed by language code as plain strings, and the functions below declare their return type: the language
// type derives from the locale table, which holds this dictionary.
/** Languages as Chinese names them, and "translated into" them (英译: the English translation). */
const NAMES: Readonly<Record<string, string>> = { zh: "中文", en: "英文" };
const TRANSLATED: Readonly<Record<string, string>> = { zh: "中译", en: "英译" };
const name = (lang: string): string => NAMES[lang] ?? lang;
const translated = (lang: string): string => TRANSLATED[lang] ?? lang;

export const zh = {
  siteName: "中英双语论文",
  cardAlt: (title: string) => `论文《${title}》的分享卡片`,
  languageName: "中文",
  // The badge on a Chinese heading, in the page's language, starting with the badge's visible mark (label in name).
  switchToLabel: (pair: LanguagePair): string => (pair.original === "en" ? "EN：阅读本节英文原文" : "EN：阅读本节英文译文"),
  counterpartMark: "EN",
  skipToContent: "跳到正文",
  abstract: "摘要",
  authorAbstract: "Abstract（作者英文摘要）",
  keywords: "关键词",
  contents: "目录",
  editorialMark: "编者拟",
  authors: "作者",
  colophon: "版本说明",
  editorNotes: (_pair: LanguagePair): string => "编者更正",
  editorNoteMark: "编",
  editorNoteLabel: (n: number) => `编者更正 ${n}`,
  correctionText: (original: string, correction: string) => `原文作“${original}”，改为“${correction}”。`,
  correctionTitle: (original: string) => `原文：${original}`,
  translatorNotes: "译者注",
  glossary: "术语对照",
  glossaryIntro: (pair: LanguagePair): string => `${translated(pair.translation)}本对下列术语统一采用右栏译名。`,
  /** A column of the glossary: the original's terms, or the translation's renderings. */
  glossaryColumn: (lang: string, original: boolean) => (original ? NAMES[lang] : TRANSLATED[lang]) ?? lang,
  translatorNoteMark: "译",
  translatorNoteLabel: (n: number) => `译者注 ${n}`,
  // Each note's back-link names its note: seven links all named 返回正文 could not be told apart.
  backToNote: (label: string) => `返回正文：${label}`,
  readIn: "阅读中文版",
  notFoundTitle: "页面不存在",
  notFoundBody: "您要找的页面不存在。",
  home: "首页",
  venue: "发表信息",
  date: "日期",
  doi: "DOI",
  license: "许可协议",
  volumeIssue: "卷（期）",
  pages: "页码",
  affiliations: "作者单位",
  orcidLabel: (name: string) => `${name}的 ORCID iD`,
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
  citeMissing: (fields: readonly string[]) => `原文未提供${fields.join("、")}，引文中暂缺。`,
  citeField: (field: string) => ({ authors: "作者", date: "发表日期", venue: "刊名", pages: "页码", doi: "DOI", license: "许可协议" })[field] ?? field,
  citeEditorialTitle: "方括号内的题名为编者所拟：原文未提供标题。",
  citeExportNote: "题名为编者所拟，原文未提供标题。",
  citeTranslationOf: (title: string, doi: string) => `本文为译文，原文：${title}${doi ? `，DOI：${doi}` : ""}。`,
  pdfLink: "PDF 版",
  // The control by the title (src/components/PdfDownload.astro).
  pdfDownload: "下载 PDF",
  referenceRunMissing: (from: number, to: number) => `[${from}]–[${to}]：原文未提供这些文献的著录信息；各号后为正文中的引用位置。`,
  // On paper, where there are no back-links: the same statement in one line, for the run of numbers it stands for.
  referenceRunMissingPrinted: (from: number, to: number) => `[${from}]–[${to}]：原文未提供这些文献的著录信息。`,
  // Reading interface (language switch, scheme, parallel view).
  languageNav: "语言",
  darkMode: "深色模式",
  parallelView: "中英对照",
  parallelTitle: (title: string) => `${title}（中英对照）`,
  parallelIntro: (pair: LanguagePair): string => `${name(pair.original)}原文与${name(pair.translation)}译文逐段对照。`,
  /** A language's text in the side-by-side view, named in this dictionary's language: 中文原文, 英文译文. */
  versionName: (lang: string, pair: LanguagePair): string => `${name(lang)}${lang === pair.original ? "原文" : "译文"}`,
  jumpNav: "跳转",
  skipToVersion: (name: string) => `跳到${name}`,
  // A note mark's name starts with its visible mark (label in name): 编1 is read 编1：编者更正 1.
  noteRefName: (mark: string, label: string) => `${mark}：${label}`,
  // Footnotes, figures, tables, equations and cross-references (src/lib/markdown, src/lib/paper).
  footnotes: "注释",
  backToFootnoteRef: (n: number, use: number) => (use > 1 ? `返回注释 ${n} 的第 ${use} 处引用` : `返回注释 ${n} 的引用处`),
  tableRegion: "表格（可横向滚动）",
  figureLabel: (n: number) => `图 ${n}`,
  tableLabel: (n: number) => `表 ${n}`,
  equationNumber: (n: number) => `(${n})`,
  equationRef: (n: number) => `式 (${n})`,
  // Chinese academic usage: 第 3 节 for a whole section, 4.2 节 for a subsection.
  sectionRef: (number: string) => (number.includes(".") ? `${number} 节` : `第 ${number} 节`),
  refSeparator: "、",
  // The skeleton of a new paper in this language (src/lib/new-paper/skeleton.ts, `npm run new-paper`).
  skeletonTitle: "论文标题",
  skeletonKeywords: "关键词一, 关键词二",
  skeletonAuthor: "作者姓名",
  skeletonVenue: "期刊名",
  skeletonAffiliation: "单位",
  skeletonAbstract: "在此写中文摘要。",
  skeletonBody: `## 1. 引言

在此写第一节。每个标题带编号（如“## 1. 引言”“### 2.1. 小节”），中英两版的节与段一一对应。

## 2. 结论

在此写第二节。图、表、公式、脚注与交叉引用的写法见 README“Writing your paper”。
`,
  // Lists in the front matter.
  // Page 1 of the PDF: the venue, date, DOI and licence in one line under the authors (src/components/FrontMatter.astro).
  citeAsLabel: (translation: boolean) => (translation ? "译自" : "引用本文"),
  labelSeparator: "：",
  nameSeparator: "，",
  keywordSeparator: "；",
} as const;
