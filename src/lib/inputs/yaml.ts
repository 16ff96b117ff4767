// Loads a YAML data file and validates it with a zod schema, reporting problems by file, line and field.
import { LineCounter, parseDocument, isMap, isSeq, type Node } from "yaml";
import type { z } from "zod";

function lineOf(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

/** Finds the YAML node at a zod issue path, to report the line of the offending field. */
function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node: Node | null = root;
  for (const key of path) {
    if (isSeq(node)) node = (node.items[Number(key)] as Node | undefined) ?? node;
    else if (isMap(node)) node = (node.get(String(key), true) as Node | undefined) ?? node;
    else break;
  }
  return node;
}

export function parseYamlData<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    throw new Error(`${file}:${first.linePos?.[0].line ?? "?"}: YAML syntax error: ${first.message}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const line = lineOf(nodeAt(doc.contents, issue.path), counter) ?? "?";
    const field = issue.path.length ? issue.path.join(".") : "(file)";
    return `  ${file}:${line}: ${field}: ${issue.message}`;
  });
  throw new Error(`${file} does not match its schema:\n${problems.join("\n")}`);
}
