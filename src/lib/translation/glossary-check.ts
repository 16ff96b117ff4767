// Checks that the translation renders each glossary term of the original as agreed (content/glossary.yaml).
import type { LanguagePair } from "../i18n/language-pair.ts";
import { LOCALES } from "../i18n/locales.ts";
import type { GlossaryEntry } from "../inputs/glossary.ts";

/** A passage of the original and the translation's passage with the same id. */
export interface AlignedPassage {
  id: string;
  original: string;
  translation: string;
}

/** Every aligned passage whose original uses a glossary term that its translation does not render as agreed; both matched case-insensitively. */
export function glossaryProblems(passages: readonly AlignedPassage[], glossary: readonly GlossaryEntry[], pair: LanguagePair): string[] {
  const [from, to] = [LOCALES[pair.original].name, LOCALES[pair.translation].name];
  return passages.flatMap((p) =>
    glossary
      .filter((g) => p.original.toLowerCase().includes(g[pair.original].toLowerCase()) && !p.translation.toLowerCase().includes(g[pair.translation].toLowerCase()))
      .map((g) => `${p.id}: the ${from} has “${g[pair.original]}” but the ${to} lacks “${g[pair.translation]}”`),
  );
}
