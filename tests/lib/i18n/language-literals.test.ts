// Only the locale table and the dictionaries name a language code: every other module derives its languages from them.
import { globSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { languageCodes, scanAstro, scanFile, scanScript } from "../../support/language-literals.ts";

/** Where language codes belong: the table itself and each language's dictionary. */
const ALLOWED = ["src/lib/i18n/locales.ts", "src/lib/i18n/dictionaries/"];

/**
 * TEMPORARY exclusions while a branch still changes a folder: none now (src/data, src/components, src/layouts,
 * src/pages and src/lib/inputs take their languages from the table since their branches landed). Add an
 * entry only for a branch in flight, with the reason, and remove it when the branch lands.
 */
const TEMPORARY: readonly string[] = [];

const SCANNED = ["src/**/*.{ts,mjs,astro}", "scripts/**/*.{ts,mjs}", "astro.config.mjs"];

const excluded = (file: string) => [...ALLOWED, ...TEMPORARY].some((p) => (p.endsWith("/") ? file.startsWith(p) : file === p));

describe("the scanner", () => {
  it("knows every code of the table and the codes the pair was written with", () => {
    const codes = languageCodes();
    for (const code of ["zh", "en", "zh-hans", "zh-cn", "en-us", "zh_cn", "en_us", "mul"]) expect(codes.has(code), code).toBe(true);
  });

  it("finds codes planted as string literals, quoted keys, indexes, type literals and property names", () => {
    const planted = [
      'const a = "zh";',
      "const b = { en: 1 };",
      "const c = o.zh;",
      'type D = "en-US" | "x";',
      "const e = { zh };",
      "const { en } = o;",
      'const f = o["zh_CN"];',
      "interface G { en: string }",
      "const h = `zh-Hans`;",
      "type I = typeof LOCALES.en;",
    ].join("\n");
    expect(scanScript(planted).map((f) => `${f.line} ${f.kind} ${f.code}`)).toEqual([
      "1 string zh",
      "2 property en",
      "3 property zh",
      "4 string en-US",
      "5 property zh",
      "6 property en",
      "7 string zh_CN",
      "8 property en",
      "9 string zh-Hans",
      "10 property en",
    ]);
  });

  it("leaves comments, prose, template text, longer strings and variable names alone", () => {
    const clean = [
      "// the zh and en files; \"zh\"",
      "/* LOCALES.zh */",
      'const a = "Read this in English (en)";',
      "const b = `content/paper/${lang}.md`;",
      'const c = "content/paper/zh.md";',
      "const zh = 1;",
      "function en(x: number) { return x; }",
    ].join("\n");
    expect(scanScript(clean)).toEqual([]);
  });

  it("finds codes in an .astro file's frontmatter, expressions, JSX, attributes and scripts, not in its text, comments or styles", () => {
    const astro = [
      "---",
      'const t = ui["en"];',
      "---",
      "<!-- lang=\"zh\" -->",
      '<p lang="en" class="x">zh and en in prose</p>',
      '{lang === "zh" ? <span lang="zh-Hans">甲</span> : null}',
      "<Notes kinds={['editor']} {...{ zh: 1 }} />",
      "<script>",
      'const x = "en"; if (a) { b(); }',
      "</script>",
      "<style>.zh { color: red } </style>",
      "{/* zh */}",
      "{items.map((i) => { return <li data-l={i.en}>{i}</li>; })}",
    ].join("\n");
    expect(scanAstro(astro).map((f) => `${f.line} ${f.kind} ${f.code}`).sort()).toEqual(
      ["2 string en", "5 attribute en", "6 string zh", "6 string zh-Hans", "7 property zh", "9 string en", "13 property en"].sort(),
    );
  });
});

describe("language codes in src/, scripts/ and astro.config.mjs", () => {
  it("appear nowhere outside the locale table and the dictionaries", () => {
    const files = globSync(SCANNED).sort();
    expect(files.length).toBeGreaterThan(50);
    const found = files.filter((f) => !excluded(f)).flatMap((file) => scanFile(file).map((x) => `${file}:${x.line}: ${x.kind} "${x.code}"`));
    expect(found, `Name languages through src/lib/i18n/locales.ts (LANGS, LOCALES, the language pair), not by code:\n${found.join("\n")}`).toEqual([]);
  });

  it("the temporary exclusions still name files that exist and still need it", () => {
    const files = globSync(SCANNED);
    for (const path of TEMPORARY) {
      const covered = files.filter((f) => (path.endsWith("/") ? f.startsWith(path) : f === path));
      expect(covered.length, path).toBeGreaterThan(0);
      expect(covered.flatMap(scanFile).length, `${path} is clean: remove it from TEMPORARY`).toBeGreaterThan(0);
    }
  });
});
