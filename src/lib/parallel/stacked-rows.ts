// The narrow-screen placement of the side-by-side view: the page holds one language's text, then the other's,
// and on a narrow screen each pair is stacked, so the first text's k-th block sits in grid row 2k − 1.

/**
 * CSS placing the first text's `cells` blocks on the odd rows of the one-column grid; the other text's blocks
 * fill the even rows by themselves (auto-placement takes the first free row). Wide screens need no rule: each text
 * has its own column and `grid-auto-flow: dense` brings each block up to its pair's row (src/styles/parallel.css).
 */
export function stackedRowsCss(cells: number): string {
  if (!Number.isInteger(cells) || cells < 0) throw new Error(`stackedRowsCss: ${cells} is not a count of blocks`);
  const rules = Array.from({ length: cells }, (_, i) => `.version:first-child>.cell:nth-child(${i + 1}){grid-row:${2 * i + 1}}`);
  return `@media screen and (max-width:63.99rem){${rules.join("")}}`;
}
