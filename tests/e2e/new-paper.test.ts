// `npm run new-paper` in a copy of the project: the skeleton builds cleanly, and nothing of the seed paper is left on any page.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildEnv } from "./global-setup.ts";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";
import { describe as describeNu, nuErrors } from "./support/nu-checker.ts";
import { htmlFiles, loadPage } from "./support/site.ts";

/** Words that belong to the seed paper, its edition or its apparatus: none may survive a new start. */
const SEED = [
  "蚂蚁", "Ant Financial", "互联网金融", "Internet finance", "原文未提供", "not given in the source", "the source",
  "text extraction", "文本提取", "编者", "editorial", "Translator", "术语对照", "glossary", "近年来",
];

let project: FixtureProject;
let output: string;
let status: number | null;

beforeAll(() => {
  project = fixtureProject();
  const run = spawnSync("npm", ["run", "new-paper"], { cwd: project.dir, encoding: "utf8", env: buildEnv({}) });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  ({ status, output } = project.build({ SITE_URL: "https://example.github.io", BASE_PATH: "/my-paper/" }));
});
afterAll(() => project?.dispose());

describe("npm run new-paper", () => {
  it("writes a bilingual skeleton and removes the seed's apparatus", () => {
    for (const file of ["content/paper/zh.md", "content/paper/en.md", "content/metadata.yaml", "bibliography/references.bib"]) {
      expect(existsSync(path.join(project.dir, file)), file).toBe(true);
    }
    for (const file of ["content/corrections.yaml", "content/translator-notes.yaml", "content/glossary.yaml", "content/edition.yaml"]) {
      expect(existsSync(path.join(project.dir, file)), file).toBe(false);
    }
  });

  it("builds cleanly: no error and no warning about the paper, its bibliography or its translation", () => {
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/\[(bibliography|translation|glossary)\]/);
  });

  it("looks for words every one of which the seed's own pages contain", () => {
    const seed = htmlFiles(inject("distDir")).map((file) => readFileSync(file, "utf8")).join("\n");
    for (const word of SEED) expect(seed.includes(word), word).toBe(true);
  });

  it("leaves nothing of the seed paper on any page", () => {
    const dist = path.join(project.dir, "dist");
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const file of pages) {
      const text = loadPage(dist, path.relative(dist, file))("html").text() + readFileSync(file, "utf8");
      for (const word of SEED) expect(text.includes(word), `${path.relative(dist, file)} contains “${word}”`).toBe(false);
    }
  });

  it("is valid HTML on every page (Nu HTML Checker)", () => {
    const dist = path.join(project.dir, "dist");
    expect(describeNu(nuErrors(htmlFiles(dist)), dist)).toEqual([]);
  });

  it("publishes the skeleton in both languages, with its title and sections", () => {
    const dist = path.join(project.dir, "dist");
    const zh = loadPage(dist, "zh/index.html");
    const en = loadPage(dist, "en/index.html");
    expect(zh("h1").text()).toContain("论文标题");
    expect(en("h1").text()).toContain("Paper Title");
    expect(zh("#sec-2 ~ p").first().attr("id")).toBe("sec-2-p1");
    expect(en(".authors").text()).toBe("Author Name");
    // No edition notes and no publication details: no colophon, rather than an empty one.
    expect(zh("#colophon")).toHaveLength(0);
  });
});

describe("npm run new-paper -- --original en", () => {
  let english: FixtureProject;
  let built: { status: number | null; output: string };
  beforeAll(() => {
    english = fixtureProject();
    const run = spawnSync("npm", ["run", "new-paper", "--", "--original", "en"], { cwd: english.dir, encoding: "utf8", env: buildEnv({}) });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain("the original in English, translated into Chinese");
    built = english.build({ SITE_URL: "https://example.github.io", BASE_PATH: "/my-paper/" });
  });
  afterAll(() => english?.dispose());

  it("writes a skeleton whose original is English, its Chinese acknowledged against it, and builds without warnings", () => {
    expect(english.read("content/metadata.yaml")).toContain("  original: en\n");
    expect(english.read("content/paper/translation-status.yaml")).toMatch(/^# Which version of the English each Chinese heading and paragraph translates/);
    expect(built.status, built.output).toBe(0);
    expect(built.output).not.toMatch(/\[(bibliography|translation|glossary)\]/);
    const status = spawnSync("npm", ["run", "--silent", "translation:status"], { cwd: english.dir, encoding: "utf8" });
    expect(status.stdout).toMatch(/^state\s+id\s+Chinese\s+English\s+what changed$/m);
    expect(status.stdout).toMatch(/\d+ up to date, 0 stale, 0 new, 0 removed/);
  });

  it("publishes the Chinese as the translation of the English", () => {
    const dist = path.join(english.dir, "dist");
    const ld = (lang: string) => JSON.parse(loadPage(dist, `${lang}/index.html`)('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(ld("zh")["translationOfWork"]).toMatchObject({ "@id": "https://example.github.io/my-paper/en/#article", inLanguage: "en" });
    expect(ld("en")["workTranslation"]).toEqual({ "@id": "https://example.github.io/my-paper/zh/#article" });
  });
});
