// The builds the benchmark compares: this project, a bare Astro site and pandoc, on the same texts.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { libraryBib } from "../tests/support/library-bib.ts";

export const ROOT = path.resolve(import.meta.dirname, "..");
const PROJECT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "bibliography", "public"];
export const STYLE = "bibliography/styles/gb-t-7714-2015-numeric-bilingual.csl";

/**
 * The paper at `times` its length: each section's paragraphs repeated in place, so that ids, corrections,
 * notes and the alignment of the two languages stay valid.
 */
export function lengthen(markdown: string, times: number): string {
  if (times === 1) return markdown;
  const [, frontmatter = "", body = ""] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(markdown) ?? [];
  const sections = body.split(/(?=^#{2,4} )/m);
  return (
    frontmatter +
    sections
      .map((section) => {
        const [heading = "", ...rest] = section.split(/\n\n+/);
        if (!/^#{2,4} /.test(heading)) return section;
        const paragraphs = rest.filter((p) => p.trim() !== "");
        return [heading, ...Array.from({ length: times }, () => paragraphs).flat()].join("\n\n") + "\n\n";
      })
      .join("")
  );
}

function workspace(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `paper-bench-${name}-`));
}

export interface Variant {
  name: string;
  kind: "project" | "bare" | "pandoc";
  times: number;
  library: boolean;
  dir: string;
  /** The git commit it was taken from, for a baseline; the working tree otherwise. */
  ref?: string;
}

/** The project's files as the git commit `ref` has them (the baseline of a before/after comparison). */
function checkout(ref: string, dir: string): void {
  const archive = execFileSync("git", ["archive", "--format=tar", ref, ...PROJECT_FILES], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
}

/**
 * A copy of this project, its paper `times` as long, optionally citing from a 10,000-entry library;
 * with `ref`, the project as that commit has it (it shares this checkout's node_modules).
 */
export function projectVariant(times: number, library: boolean, ref?: string): Variant {
  const dir = workspace(`project-${times}`);
  if (ref) checkout(ref, dir);
  else for (const item of PROJECT_FILES) cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  for (const lang of ["zh", "en"]) {
    const file = path.join(dir, `content/paper/${lang}.md`);
    writeFileSync(file, lengthen(readFileSync(file, "utf8"), times));
  }
  if (library) {
    const own = readFileSync(path.join(ROOT, "bibliography/references.bib"), "utf8");
    const entries = own.split(/(?=^@)/m).filter((e) => e.startsWith("@"));
    writeFileSync(path.join(dir, "bibliography/references.bib"), libraryBib({ entries: 10_000, include: entries }));
  }
  return { name: `project ${times}×${library ? " + 10k library" : ""}${ref ? ` @ ${ref}` : ""}`, kind: "project", times, library, dir, ...(ref ? { ref } : {}) };
}

/** A bare Astro site: the same two Markdown files in a content collection, one page each, defaults everywhere. */
export function bareVariant(times: number): Variant {
  const dir = workspace(`bare-${times}`);
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare", type: "module", private: true }));
  writeFileSync(path.join(dir, "astro.config.mjs"), 'import { defineConfig } from "astro/config";\nexport default defineConfig({});\n');
  mkdirSync(path.join(dir, "src/pages"), { recursive: true });
  mkdirSync(path.join(dir, "content"), { recursive: true });
  writeFileSync(
    path.join(dir, "src/content.config.ts"),
    'import { defineCollection } from "astro:content";\nimport { glob } from "astro/loaders";\nexport const collections = { paper: defineCollection({ loader: glob({ pattern: "*.md", base: "./content" }) }) };\n',
  );
  writeFileSync(
    path.join(dir, "src/pages/[lang].astro"),
    '---\nimport { getCollection, render } from "astro:content";\nexport async function getStaticPaths() {\n  return (await getCollection("paper")).map((entry) => ({ params: { lang: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang={Astro.params.lang}><head><meta charset="utf-8" /><title>{Astro.params.lang}</title></head><body><main><Content /></main></body></html>\n',
  );
  for (const lang of ["zh", "en"]) {
    writeFileSync(path.join(dir, `content/${lang}.md`), lengthen(readFileSync(path.join(ROOT, `content/paper/${lang}.md`), "utf8"), times));
  }
  return { name: `bare Astro ${times}×`, kind: "bare", times, library: false, dir };
}

/** pandoc --citeproc on the same texts, bibliography and CSL style. */
export function pandocVariant(times: number, library: boolean): Variant {
  const dir = workspace(`pandoc-${times}`);
  for (const lang of ["zh", "en"]) {
    writeFileSync(path.join(dir, `${lang}.md`), lengthen(readFileSync(path.join(ROOT, `content/paper/${lang}.md`), "utf8"), times));
  }
  const own = readFileSync(path.join(ROOT, "bibliography/references.bib"), "utf8");
  const entries = own.split(/(?=^@)/m).filter((e) => e.startsWith("@"));
  writeFileSync(path.join(dir, "references.bib"), library ? libraryBib({ entries: 10_000, include: entries }) : own);
  cpSync(path.join(ROOT, STYLE), path.join(dir, "style.csl"));
  return { name: `pandoc --citeproc ${times}×${library ? " + 10k library" : ""}`, kind: "pandoc", times, library, dir };
}
