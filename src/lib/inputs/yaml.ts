// Loads a YAML data file and validates it with a zod schema, reporting problems by file, line and field.
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";
import { z } from "zod";

/**
 * The document's data. The yaml package refuses aliases that expand past its limit (a "billion laughs"
 * file) with a message that names no file; it is said here, with the line of the first alias.
 */
function toData(doc: ReturnType<typeof parseDocument>, text: string, file: string, counter: LineCounter): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const alias = /\*[\w-]/.exec(text);
    const at = alias ? counter.linePos(alias.index).line : "?";
    throw new Error(`${file}:${at}: ${message}. Write the values out instead of repeating aliases (*name) that expand this far.`);
  }
}

function lineOf(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

const keyText = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);

function pairAt(map: YAMLMap, key: string): Pair | undefined {
  return (map.items as Pair[]).find((pair) => keyText(pair) === key);
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

/** The keys an object schema knows, at a path into the data (through optional, default, pipe, array and record); none when it is not an object. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType | undefined): z.ZodType | undefined => {
    let t = s;
    for (;;) {
      if (t instanceof z.ZodOptional || t instanceof z.ZodNullable || t instanceof z.ZodDefault) t = t.unwrap() as z.ZodType;
      else if (t instanceof z.ZodPipe) t = t.in as z.ZodType;
      else return t;
    }
  };
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/**
 * A comma inside a flow mapping ends the value: `{ en: School of Economics, Fictional University }`
 * reads as `en: School of Economics` and a key `Fictional University` with no value. The fix is the
 * value quoted, rebuilt from the pair before the stray keys and the stray keys themselves.
 */
function flowSlip(map: YAMLMap, key: string): string | undefined {
  if (!map.flow) return undefined;
  const pairs = map.items as Pair[];
  const index = pairs.findIndex((pair) => keyText(pair) === key);
  const stray = (pair: Pair | undefined) => pair !== undefined && pair.value === null;
  if (index < 0 || !stray(pairs[index])) return undefined;
  let first = index;
  while (first > 0 && stray(pairs[first - 1])) first--;
  let last = index;
  while (last + 1 < pairs.length && stray(pairs[last + 1])) last++;
  const owner = pairs[first - 1];
  if (!owner || !isScalar(owner.value)) return 'a comma inside { … } separates fields: quote a value that contains a comma';
  const value = [String(owner.value.value), ...pairs.slice(first, last + 1).map(keyText)].join(", ");
  return `a comma inside { … } separates fields, so ${keyText(owner)}'s value ended before it: quote the value, ${keyText(owner)}: ${JSON.stringify(value)}`;
}

interface Problem {
  line: number | string;
  field: string;
  message: string;
}

function problemsOf(issue: z.core.$ZodIssue, doc: ReturnType<typeof parseDocument>, counter: LineCounter, schema: z.ZodType): Problem[] {
  const field = (path: readonly PropertyKey[]) => (path.length ? path.join(".") : "(file)");
  const at = nodeAt(doc.contents, issue.path);
  if (issue.code === "unrecognized_keys") {
    // One line per stray key, at the key itself, with the keys that are allowed there.
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const pair = isMap(at) ? pairAt(at, key) : undefined;
      const hint = (isMap(at) && flowSlip(at, key)) || (known.length ? `the keys here are ${known.join(", ")}` : "remove it");
      return { line: lineOf(pair?.key as Node | undefined, counter) ?? lineOf(at, counter) ?? "?", field: field([...issue.path, key]), message: `unknown key ${JSON.stringify(key)}; ${hint}` };
    });
  }
  if (issue.code === "invalid_key") {
    // A record's key that its key schema rejects: say which, and why.
    const key = String(issue.path.at(-1));
    const parent = nodeAt(doc.contents, issue.path.slice(0, -1));
    const pair = isMap(parent) ? pairAt(parent, key) : undefined;
    const why = issue.issues.map((i) => i.message).join("; ");
    return [{ line: lineOf(pair?.key as Node | undefined, counter) ?? lineOf(at, counter) ?? "?", field: field(issue.path), message: `unknown key ${JSON.stringify(key)}${why ? `: ${why}` : ""}` }];
  }
  return [{ line: lineOf(at, counter) ?? "?", field: field(issue.path), message: issue.message }];
}

export function parseYamlData<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    throw new Error(`${file}:${first.linePos?.[0].line ?? "?"}: YAML syntax error: ${first.message}`);
  }
  const result = schema.safeParse(toData(doc, text, file, counter));
  if (result.success) return result.data;
  const problems = result.error.issues
    .flatMap((issue) => problemsOf(issue, doc, counter, schema))
    .map((p) => `  ${file}:${p.line}: ${p.field}: ${p.message}`);
  throw new Error(`${file} does not match its schema:\n${problems.join("\n")}`);
}
