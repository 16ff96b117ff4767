// Asterisks that Markdown cannot pair into emphasis beside Chinese punctuation, so they show as "*".

/** Chinese (full-width) punctuation, beside which CommonMark's flanking rules often refuse a "*" run. */
const CJK_PUNCTUATION = /[、，。；：！？（）「」『』《》〈〉【】“”‘’…—]/u;

export interface StrayRun {
  /** The run of asterisks as written ("***"), and where it starts in the source. */
  run: string;
  offset: number;
  /** The punctuation it touches. */
  beside: string;
}

/** Unescaped runs of "*" that touch Chinese punctuation on either side. */
export function asteriskRunsBesidePunctuation(source: string): StrayRun[] {
  const runs: StrayRun[] = [];
  for (const m of source.matchAll(/\*+/g)) {
    const offset = m.index;
    if (source[offset - 1] === "\\") continue;
    const before = source[offset - 1] ?? "";
    const after = source[offset + m[0].length] ?? "";
    const beside = CJK_PUNCTUATION.test(before) ? before : CJK_PUNCTUATION.test(after) ? after : undefined;
    if (beside) runs.push({ run: m[0], offset, beside });
  }
  return runs;
}

/**
 * The warning for a paragraph or caption whose rendered text still shows an asterisk that its source
 * wrote unescaped beside Chinese punctuation; undefined when Markdown paired them as the author meant.
 */
export function strayEmphasisWarning(where: string, source: string, rendered: string): string | undefined {
  if (!rendered.includes("*")) return undefined;
  const first = asteriskRunsBesidePunctuation(source)[0];
  if (!first) return undefined;
  const context = source.slice(Math.max(0, first.offset - 6), first.offset + first.run.length + 6).replace(/\s+/g, " ");
  return `${where}: the asterisks in "${context}" do not pair up as emphasis beside "${first.beside}", so the page shows a stray "*". Write \\* for a literal asterisk; for bold or italics, put the punctuation outside the markers (**重要**：).`;
}
