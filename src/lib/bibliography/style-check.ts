// Checks a CSL style's structure before citeproc-js reads it, so a broken style fails naming its file, the line and what is wrong.

/** A problem found in the style, with its line (1-based) where there is one. */
export interface StyleProblem {
  line?: number | undefined;
  message: string;
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split("\n").length;

/** Comments, CDATA, processing instructions and the doctype carry no elements; tags are checked for balance. */
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|</g;

/** The first well-formedness error: an unclosed, mismatched or stray tag, or a "<" that starts no tag. */
export function xmlProblem(xml: string): StyleProblem | undefined {
  const open: { name: string; line: number }[] = [];
  let roots = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const [token, closing, name, , selfClosing] = m;
    if (token.startsWith("<!--") || token.startsWith("<![") || token.startsWith("<?") || token.startsWith("<!")) continue;
    const line = lineAt(xml, m.index);
    if (name === undefined) return { line, message: `a "<" that starts no well-formed tag` };
    if (closing) {
      const top = open.pop();
      if (!top) return { line, message: `</${name}> closes nothing` };
      if (top.name !== name) return { line, message: `</${name}> closes <${top.name}> (opened on line ${top.line})` };
      continue;
    }
    if (open.length === 0 && ++roots > 1) return { line, message: `<${name}> is a second root element` };
    if (!selfClosing) open.push({ name, line });
  }
  const unclosed = open.at(-1);
  if (unclosed) return { line: unclosed.line, message: `<${unclosed.name}> is never closed` };
  if (roots === 0) return { message: "there is no element at all" };
  return undefined;
}

/** The macros defined (with their lines) and the macros each one calls. */
function macros(xml: string): { defined: Map<string, number>; calls: Map<string, { name: string; line: number }[]> } {
  const defined = new Map<string, number>();
  const calls = new Map<string, { name: string; line: number }[]>();
  for (const m of xml.matchAll(/<macro\s+[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/macro>/g)) {
    const name = m[1]!;
    defined.set(name, lineAt(xml, m.index));
    const bodyStart = m.index + m[0].indexOf(">") + 1;
    calls.set(
      name,
      [...m[2]!.matchAll(/\bmacro="([^"]+)"/g)].map((c) => ({ name: c[1]!, line: lineAt(xml, bodyStart + c.index) })),
    );
  }
  return { defined, calls };
}

/** A macro that calls itself, directly or through others (citeproc-js would recurse until the stack overflows). */
export function macroCycle(xml: string): StyleProblem | undefined {
  const { defined, calls } = macros(xml);
  const state = new Map<string, "active" | "done">();
  const walk = (name: string, path: string[]): StyleProblem | undefined => {
    if (state.get(name) === "done") return undefined;
    if (state.get(name) === "active") {
      const cycle = [...path.slice(path.indexOf(name)), name];
      return { line: defined.get(name), message: `macro "${name}" calls itself (${cycle.map((n) => `"${n}"`).join(" → ")})` };
    }
    state.set(name, "active");
    for (const call of calls.get(name) ?? []) {
      const found = walk(call.name, [...path, name]);
      if (found) return found;
    }
    state.set(name, "done");
    return undefined;
  };
  for (const name of defined.keys()) {
    const found = walk(name, []);
    if (found) return found;
  }
  return undefined;
}

/** A call to a macro the style does not define. */
export function undefinedMacro(xml: string): StyleProblem | undefined {
  const { defined } = macros(xml);
  for (const m of xml.matchAll(/\bmacro="([^"]+)"/g))
    if (!defined.has(m[1]!)) return { line: lineAt(xml, m.index), message: `calls macro "${m[1]}", which the style does not define` };
  return undefined;
}

/** The first structural problem of a style: XML, the root, the bibliography, the macros. */
export function styleProblem(source: string): StyleProblem | undefined {
  const xmlError = xmlProblem(source);
  if (xmlError) return { ...xmlError, message: `not well-formed XML: ${xmlError.message}` };
  // Comments may mention elements ("<bibliography>"); blanked to their line breaks, so lines still count.
  const xml = source.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ""));
  if (!/<style[\s>]/.test(xml)) return { message: "the root element is not <style>: this is not a CSL style" };
  if (!/<bibliography[\s>]/.test(xml)) return { message: "the style has no <bibliography>, which the reference list is formatted with" };
  if (!/<bibliography[\s>][\s\S]*<layout[\s>]/.test(xml)) return { message: "the <bibliography> has no <layout>" };
  return undefinedMacro(xml) ?? macroCycle(xml);
}

/** "bibliography/styles/x.csl:12: …" */
export function styleError(file: string, problem: StyleProblem): string {
  return `${file}${problem.line === undefined ? "" : `:${problem.line}`}: ${problem.message}.`;
}
