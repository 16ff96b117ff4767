// Finds language codes written into code (string literals, property names, type literals), so that only the locale table names them.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { LANGS, LOCALES, MULTILINGUAL } from "../../src/lib/i18n/locales.ts";

export interface Finding {
  /** 1-based line in the scanned file. */
  line: number;
  code: string;
  /** What kind of place names it: "string", "property". */
  kind: "string" | "property" | "attribute";
}

/** Codes the pair has been written with, whatever the table says today. */
const KNOWN = ["zh", "en", "zh-Hans", "zh-CN", "en-US", "zh_CN", "en_US"];

/** Every code the table declares (each key, BCP 47 tag, Open Graph and CSL locale), MULTILINGUAL and the known ones, lower-cased. */
export function languageCodes(): Set<string> {
  const fromTable = LANGS.flatMap((lang) => [lang, LOCALES[lang].tag, LOCALES[lang].ogLocale, LOCALES[lang].cslLocale]);
  return new Set([...KNOWN, ...fromTable, MULTILINGUAL].map((c) => c.toLowerCase()));
}

const CODES = languageCodes();
const isCode = (text: string) => CODES.has(text.toLowerCase());

/** The name of a declared or accessed property, when `node` is one: `.zh`, `zh:`, `{ zh }`, `{ zh: x } = …`, `typeof LOCALES.zh`. */
function propertyName(node: ts.Node): ts.Identifier | undefined {
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) return node.name;
  if (ts.isQualifiedName(node)) return node.right;
  if (ts.isShorthandPropertyAssignment(node)) return node.name;
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const name = node.propertyName ?? node.name;
    return ts.isIdentifier(name) ? name : undefined;
  }
  if (
    ts.isPropertyAssignment(node) ||
    ts.isPropertySignature(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isMethodSignature(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isEnumMember(node)
  ) {
    return ts.isIdentifier(node.name) ? node.name : undefined;
  }
  return undefined;
}

/**
 * Language codes in TypeScript or JavaScript source, by its syntax tree: a string literal whose whole
 * value is a code (also as a quoted key, an index or a type), and a property named by a code. Comments,
 * prose inside longer strings and template text are not code and are not looked at. `lineOffset`: lines
 * before `text` in its file; `tsx` for template expressions, which may hold JSX.
 */
export function scanScript(text: string, lineOffset = 0, tsx = false): Finding[] {
  const source = ts.createSourceFile(tsx ? "scan.tsx" : "scan.ts", text, ts.ScriptTarget.Latest, true, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 + lineOffset;
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isCode(node.text)) {
      findings.push({ line: at(node), code: node.text, kind: "string" });
    }
    const name = propertyName(node);
    if (name && isCode(name.text)) findings.push({ line: at(name), code: name.text, kind: "property" });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Whether `text` parses as one expression (what closes an Astro `{…}` is the first "}" after which it does). */
function isExpression(text: string): boolean {
  if (/^\s*\/\*[\s\S]*?\*\/\s*$/.test(text)) return true;
  if (text.trim() === "") return false;
  const source = ts.createSourceFile("expression.tsx", `(${text}\n);`, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const diagnostics = (source as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics;
  return diagnostics.length === 0 && source.statements.length === 1;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** Quoted attribute values of a tag (`<Notes lang="zh" …>`) whose `{…}` values are blanked. */
function tagAttributes(tag: string, offset: number, file: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of tag.matchAll(/\s[\w:@.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value = m[1] ?? m[2] ?? "";
    if (isCode(value)) findings.push({ line: lineAt(file, offset + (m.index ?? 0)), code: value, kind: "attribute" });
  }
  return findings;
}

/** The end of the tag opening at `start` (after its ">"), skipping quoted values and `{…}` expressions. */
function tagEnd(text: string, start: number): number {
  let depth = 0;
  let quote = "";
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (depth > 0) {
      if (c === "{") depth++;
      else if (c === "}") depth--;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{") depth++;
    else if (c === ">") return i + 1;
  }
  return text.length;
}

const blank = (text: string) => text.replace(/[^\n]/g, " ");

/**
 * The template with HTML comments blanked, and <script> and <style> bodies blanked after their scripts
 * are scanned as TypeScript: what is left is markup and `{…}` expressions. Offsets are kept.
 */
function withoutBodies(text: string, from: number, findings: Finding[]): string {
  let out = text.slice(0, from).replace(/[^\n]/g, " ");
  let i = from;
  const body = /<!--[\s\S]*?-->|<(script|style)\b[^>]*?(\/?)>/gi;
  body.lastIndex = from;
  for (let m = body.exec(text); m; m = body.exec(text)) {
    out += text.slice(i, m.index);
    if (!m[1]) {
      out += blank(m[0]);
      i = m.index + m[0].length;
      continue;
    }
    out += m[0];
    const open = m.index + m[0].length;
    i = open;
    if (m[2] === "/") continue;
    const close = text.indexOf(`</${m[1]}`, open);
    const end = close === -1 ? text.length : close;
    if (m[1].toLowerCase() === "script") findings.push(...scanScript(text.slice(open, end), lineAt(text, open) - 1));
    out += blank(text.slice(open, end));
    i = end;
    body.lastIndex = end;
  }
  return out + text.slice(i);
}

/** The `{…}` expression opening at `text[start]`: up to the first "}" that closes a whole expression. */
function expressionEnd(text: string, start: number): number {
  let end = text.indexOf("}", start + 1);
  while (end !== -1 && !isExpression(text.slice(start + 1, end).replace(/^\s*\.\.\./, ""))) end = text.indexOf("}", end + 1);
  if (end === -1) throw new Error(`line ${lineAt(text, start)}: no "}" closes this expression`);
  return end;
}

/**
 * Language codes in an .astro file: its frontmatter script and <script> elements as TypeScript, each
 * `{…}` expression of the template (with any JSX in it) as TSX, and the quoted attribute values of its
 * tags. HTML comments, <style> and the template's text are prose or CSS, not code.
 */
export function scanAstro(file: string): Finding[] {
  const findings: Finding[] = [];
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file);
  if (fm) findings.push(...scanScript(fm[1] ?? "", 1));
  const text = withoutBodies(file, fm ? fm[0].length : 0, findings);
  let i = 0;
  while (i < text.length) {
    if (text[i] === "{") {
      const end = expressionEnd(text, i);
      findings.push(...scanScript(`(${text.slice(i + 1, end).replace(/^\s*\.\.\./, "")}\n);`, lineAt(text, i) - 1, true));
      i = end + 1;
    } else if (text[i] === "<" && /[A-Za-z]/.test(text[i + 1] ?? "")) {
      // A tag: its quoted attribute values here; its {…} values and spreads as the loop reaches them.
      const end = tagEnd(text, i);
      let tag = text.slice(i, end);
      for (let j = tag.indexOf("{"); j !== -1; j = tag.indexOf("{", j + 1)) {
        const close = expressionEnd(tag, j);
        tag = tag.slice(0, j) + blank(tag.slice(j, close + 1)) + tag.slice(close + 1);
      }
      findings.push(...tagAttributes(tag, i, text));
      i++;
    } else {
      i++;
    }
  }
  return findings;
}

/** The findings of one file, by its kind. */
export function scanFile(file: string): Finding[] {
  const text = readFileSync(file, "utf8");
  return file.endsWith(".astro") ? scanAstro(text) : scanScript(text);
}
