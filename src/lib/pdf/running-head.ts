// The printed page's running head: the short title (before any colon), as a CSS rule for the page margin box.

/** "Main title: subtitle" → "Main title"; the same for the full-width colon of a Chinese title. */
export function shortTitle(title: string): string {
  const cut = title.split(/[:：]/)[0]?.trim();
  return cut || title.trim();
}

/**
 * A CSS string literal. Quotes, backslashes and line breaks are escaped, and "<" is written as the
 * CSS escape \3c so that no title can close the <style> element it sits in.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r\f]/g, (c) => `\\${c.codePointAt(0)?.toString(16)} `)}"`;
}

export function runningHeadCss(title: string): string {
  return `@media print { @page { @top-center { content: ${cssString(shortTitle(title))}; font: 9pt/1 sans-serif; color: #555; } } @page :first { @top-center { content: none; } } }`;
}
