// The input paths are named once: the dev server watches exactly the files the input fingerprint digests.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../../src/lib/i18n/locales.ts";
import { INPUT_FILES, INPUT_PATTERNS, paperFile } from "../../../src/lib/inputs/paths.ts";
import { fingerprintInputs } from "../../../src/lib/inputs/fingerprint.ts";

describe("src/lib/inputs/paths.ts", () => {
  it("is what the dev loop's raw imports watch (Vite takes only literal globs)", () => {
    const source = readFileSync("src/integrations/dev-loop/watched-files.ts", "utf8");
    const literal = /import\.meta\.glob<string>\(\s*(\[[^\]]*\])/.exec(source)?.[1];
    expect(literal).toBeDefined();
    expect(JSON.parse(literal ?? "[]")).toEqual(INPUT_PATTERNS.map((p) => `/${p}`));
  });

  it("names files each covered by the patterns the fingerprint digests", () => {
    const inputs = [...Object.values(INPUT_FILES), ...LANGS.map((lang) => paperFile(lang))];
    for (const file of inputs) {
      expect(INPUT_PATTERNS.some((pattern) => path.matchesGlob(file, pattern)), file).toBe(true);
    }
    expect(fingerprintInputs(process.cwd())).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** Strings in a module that name a file under content/ or bibliography/ (module specifiers and README pointers aside). */
function inputPathLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const named = /(?:^|[\s(`"'])((?:content|bibliography)\/[\w./{},*-]*)/.exec(node.text)?.[1];
      if (named && !/README\.md\.?$/.test(named)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${named}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("input paths", () => {
  it("are written only in src/lib/inputs/paths.ts (and its literal copy for Vite)", () => {
    const allowed = new Set(["src/lib/inputs/paths.ts", "src/integrations/dev-loop/watched-files.ts"]);
    const files = ["src", "scripts"].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|mjs)$/.test(f)).map((f) => path.join(dir, f)),
    );
    expect(files.flatMap((f) => (allowed.has(f) ? [] : inputPathLiterals(f)))).toEqual([]);
  });

  it("are found by the check when written elsewhere", () => {
    const file = path.join(tmpdir(), "planted-input-path.ts");
    writeFileSync(file, 'import x from "../bibliography/format.ts";\nconst a = "content/glossary.yaml";\nconst b = `see ${x} in bibliography/references.bib`;\n');
    expect(inputPathLiterals(file)).toEqual([`${file}:2: content/glossary.yaml`, `${file}:3: bibliography/references.bib`]);
  });
});

