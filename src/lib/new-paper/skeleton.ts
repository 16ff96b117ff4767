// The files of a new, minimal bilingual paper: what `npm run new-paper` writes in place of the seed.
import { languagePair } from "../i18n/language-pair.ts";
import { DEFAULT_ORIGINAL, LANGS, LOCALES, type Lang } from "../i18n/locales.ts";
import { INPUT_FILES, paperFile } from "../inputs/paths.ts";

/** Files the seed paper has and a new paper starts without (each is optional). */
export const SEED_ONLY = [INPUT_FILES.corrections, INPUT_FILES.translatorNotes, INPUT_FILES.glossary, INPUT_FILES.edition, INPUT_FILES.translationStatus] as const;

const words = (lang: Lang) => LOCALES[lang].dictionary;

function paperText(lang: Lang): string {
  return `---
lang: ${lang}
abstract: ${words(lang).skeletonAbstract}
---

${words(lang).skeletonBody}`;
}

/** One YAML line per language, in the table's order: "    zh: 论文标题". */
const perLanguage = (indent: string, value: (lang: Lang) => string) => LANGS.map((lang) => `${indent}${lang}: ${value(lang)}`).join("\n");
const inline = (value: (lang: Lang) => string) => `{ ${LANGS.map((lang) => `${lang}: ${value(lang)}`).join(", ")} }`;

function metadataText(original: Lang): string {
  return `# The paper's bibliographic metadata (see README, "Replacing the paper"). Fill in what you have;
# leave out what you do not.
paper:
  # The language the author wrote in (${LOCALES[original].name}); the other version is its translation.
  original: ${original}
  title:
${perLanguage("    ", (lang) => words(lang).skeletonTitle)}
  # "author": the title is the author's own ("editorial" marks a title the editors supplied).
  titleSource: author
  keywords:
${perLanguage("    ", (lang) => `[${words(lang).skeletonKeywords}]`)}
  keywordsSource: author
  # Every field, with an example, is in README.md ("field by field").
  authors:
    - name: ${inline((lang) => JSON.stringify(words(lang).skeletonAuthor))}
      # affiliation: ${inline((lang) => words(lang).skeletonAffiliation)}
      # orcid: 0000-0002-1825-0097
  # date: 2025-01-31
  # venue: ${inline((lang) => words(lang).skeletonVenue)}
  # volume: 12
  # issue: 3
  # pages: 45-67
  # doi: 10.xxxx/xxxxx
  # license: CC BY 4.0
  # licenseUrl: https://creativecommons.org/licenses/by/4.0/
  # siteName: ${inline((lang) => words(lang).skeletonTitle)}
`;
}

/** Every file of the skeleton, by root-relative path; `original` is the language the author writes in. */
export function skeletonFiles(original: Lang = DEFAULT_ORIGINAL): Record<string, string> {
  const pair = languagePair(original);
  return {
    ...Object.fromEntries(pair.langs.map((lang) => [paperFile(lang), paperText(lang)])),
    [INPUT_FILES.metadata]: metadataText(original),
    [INPUT_FILES.bibliography]: `% The works the paper cites, as BibTeX or BibLaTeX entries (export them from Zotero, JabRef or
% any reference manager; bibliography/README.md shows the fields GB/T 7714 needs). Cite one in the
% text as [@key]; the reference list is numbered in order of first citation in the original (${paperFile(original)}).
`,
  };
}
