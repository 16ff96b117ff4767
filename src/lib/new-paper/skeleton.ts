// The files of a new, minimal bilingual paper: what `npm run new-paper` writes in place of the seed.

/** Files the seed paper has and a new paper starts without (each is optional). */
export const SEED_ONLY = [
  "content/corrections.yaml",
  "content/translator-notes.yaml",
  "content/glossary.yaml",
  "content/edition.yaml",
  "content/paper/translation-status.yaml",
] as const;

/** Every file of the skeleton, by root-relative path. */
export function skeletonFiles(): Record<string, string> {
  return {
    "content/paper/zh.md": `---
lang: zh
abstract: 在此写中文摘要。
---

## 1. 引言

在此写第一节。每个标题带编号（如“## 1. 引言”“### 2.1. 小节”），中英两版的节与段一一对应。

## 2. 结论

在此写第二节。图、表、公式、脚注与交叉引用的写法见 README“Writing your paper”。
`,
    "content/paper/en.md": `---
lang: en
abstract: Write the English abstract here.
---

## 1. Introduction

Write the first section here. Every heading is numbered ("## 1. Introduction", "### 2.1. A subsection"), and the two versions have the same sections and paragraphs.

## 2. Conclusion

Write the second section here. README, "Writing your paper", shows how to write figures, tables, equations, footnotes and cross-references.
`,
    "content/metadata.yaml": `# The paper's bibliographic metadata (see README, "Replacing the paper"). Fill in what you have;
# leave out what you do not.
paper:
  title:
    zh: 论文标题
    en: Paper Title
  # "author": the title is the author's own ("editorial" marks a title the editors supplied).
  titleSource: author
  keywords:
    zh: [关键词一, 关键词二]
    en: [first keyword, second keyword]
  keywordsSource: author
  authors:
    - name: { zh: 作者姓名, en: Author Name }
  # date: 2025-01-31
  # venue: { zh: 期刊名, en: Journal name }
  # doi: 10.xxxx/xxxxx
  # license: CC BY 4.0
  # licenseUrl: https://creativecommons.org/licenses/by/4.0/
`,
    "bibliography/references.bib": `% The works the paper cites, as BibTeX or BibLaTeX entries (export them from Zotero, JabRef or
% any reference manager; bibliography/README.md shows the fields GB/T 7714 needs). Cite one in the
% text as [@key]; the reference list is numbered in order of first citation in the Chinese text.
`,
  };
}
