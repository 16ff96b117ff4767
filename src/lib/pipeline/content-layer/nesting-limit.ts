// Remark plugin: a paper file whose blocks nest deeper than any real paper fails with its file and line, before a recursive step overflows the stack.
import type { Processor } from "unified";
import type { Node } from "unist";
import type { VFile } from "vfile";
import { deferError } from "../file/deferred-error.ts";
import { sourceLines } from "../file/source-lines.ts";

/** Far above any real paper (a list in a quote in a list is 3); 20,000 nested quotes overflow the stack at about 2,000. */
export const MAX_NESTING = 100;

/** Thrown by the depth check, which sees only the tree, and given its file by the parser wrapper. */
class TooDeep extends Error {
  readonly node: Node;
  constructor(node: Node) {
    super("too deep");
    this.node = node;
  }
}

/** The first node deeper than `max`, found with an explicit stack (recursion is what must be avoided). */
export function tooDeep(tree: Node, max = MAX_NESTING): Node | undefined {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return node;
    for (const child of (node as { children?: Node[] }).children ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}

export function nestingError(location: string, max = MAX_NESTING): string {
  return `${location}: the blocks here (quotes, lists, elements) nest more than ${max} deep; no paper needs that many levels, so the file is refused.`;
}

/**
 * remark-gfm's transforms run inside the parse and recurse, so the check must run there too: it is added
 * as a from-markdown transform ahead of GFM's (list this plugin before remark-gfm), and the parser is
 * wrapped so the error names the file. The error is kept with the file, like the other plugins' (deferred-error.ts).
 */
export function remarkNestingLimit(this: Processor) {
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  (data.fromMarkdownExtensions ??= []).push({
    transforms: [
      (tree: Node) => {
        const deep = tooDeep(tree);
        if (deep) throw new TooDeep(deep);
      },
    ],
  });
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document: string, file: VFile) => {
    try {
      return parse(document, file);
    } catch (error) {
      if (!(error instanceof TooDeep)) throw error;
      const empty = { type: "root" as const, children: [] };
      deferError(file, empty, new Error(nestingError(sourceLines(file).location(error.node))));
      return empty;
    }
  };
}
