// A paper whose original is English and whose translation is Chinese (tests/fixtures/english-original), built under a
// nested base: the direction follows metadata.yaml's `original` in the JSON-LD, the wording, corrections, notes and translation status.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";
import { htmlFiles, loadPage } from "./support/site.ts";
import { readSitemap } from "../support/sitemap.ts";

const FIXTURE = "tests/fixtures/english-original";
const SITE = "https://example.github.io";
const BASE = "/deep/nested/";
const abs = (p: string) => `${SITE}${BASE}${p}`;

let project: FixtureProject;
let dist: string;
let buildOutput: string;
const page = (file: string): CheerioAPI => loadPage(dist, file);

/** The seed's paper and apparatus are removed; the fixture's files take their place. */
function englishOriginalProject(): FixtureProject {
  const p = fixtureProject();
  for (const f of readdirSync(path.join(p.dir, "content/paper"))) rmSync(path.join(p.dir, "content/paper", f), { recursive: true });
  for (const f of ["corrections.yaml", "translator-notes.yaml", "glossary.yaml", "edition.yaml"]) rmSync(path.join(p.dir, "content", f), { force: true });
  cpSync(FIXTURE, p.dir, { recursive: true });
  return p;
}

beforeAll(() => {
  project = englishOriginalProject();
  const { status, output } = project.build({ SITE_URL: SITE, BASE_PATH: BASE });
  expect(status, output).toBe(0);
  buildOutput = output;
  dist = path.join(project.dir, "dist");
});
afterAll(() => project?.dispose());

function jsonLd($: CheerioAPI): Record<string, unknown> {
  return JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
}

/** Everything a reader or an indexer is told: the visible text, the title, and every attribute that describes. */
function toldText($: CheerioAPI): string {
  const attributes = $("[aria-label], [title], [alt], meta[content]")
    .map((_, el) => [$(el).attr("aria-label"), $(el).attr("title"), $(el).attr("alt"), $(el).attr("content")].filter(Boolean).join("\n"))
    .get();
  const body = $("body").clone();
  body.find("script, style").remove();
  return [$("title").text(), body.text(), ...attributes, $('script[type="application/ld+json"]').text()].join("\n");
}

/** Words that would make the English the translation, or the Chinese the original. */
const WRONG_DIRECTION = [
  /English translation/i,
  /translated (?:in)?to English/i,
  /Chinese original/i,
  /Chinese text/i,
  /英文译文/,
  /英译/,
  /中文原文/,
  /Corrections to the Chinese/i,
];

describe("a paper written in English, translated into Chinese", () => {
  it("builds without a warning about its translation, bibliography or glossary", () => {
    expect(buildOutput).not.toMatch(/\[(translation|bibliography|glossary)\]/);
  });

  it("says in JSON-LD that the Chinese translates the English, and the English has the Chinese as its translation", () => {
    const zh = jsonLd(page("zh/index.html"));
    const en = jsonLd(page("en/index.html"));
    expect(en["@id"]).toBe(abs("en/#article"));
    expect(zh["@id"]).toBe(abs("zh/#article"));
    expect(zh["translationOfWork"]).toMatchObject({ "@id": abs("en/#article"), inLanguage: "en" });
    expect(en["workTranslation"]).toEqual({ "@id": abs("zh/#article") });
    expect(zh["workTranslation"]).toBeUndefined();
    expect(en["translationOfWork"]).toBeUndefined();
    expect([en["inLanguage"], zh["inLanguage"]]).toEqual(["en", "zh-Hans"]);
    // An editorial title is given to machines clean; only the cite box brackets it.
    expect(en["headline"]).toBe("Mobile Payment and Small-Business Credit");
  });

  it("never calls the English a translation, nor the Chinese the original, in any page's text or metadata", () => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const file of pages) {
      const told = toldText(loadPage(dist, path.relative(dist, file)));
      for (const wrong of WRONG_DIRECTION) expect(told, `${path.relative(dist, file)}: ${wrong}`).not.toMatch(wrong);
      // A dictionary entry that takes the pair, rendered without being called, would print its source.
      expect(told, path.relative(dist, file)).not.toMatch(/=>|\bpair\./);
    }
    // What it does say, on the pages that say it.
    expect(page("en/parallel/index.html")(".parallel-intro").text()).toBe("The English original and the Chinese translation, paragraph by paragraph.");
    expect(page("zh/parallel/index.html")(".parallel-intro").text()).toBe("英文原文与中文译文逐段对照。");
    expect(page("en/index.html")("#sec-1 a.counterpart").attr("aria-label")).toBe("中: read this section in the Chinese translation");
    expect(page("zh/index.html")("#sec-1 a.counterpart").attr("aria-label")).toBe("EN：阅读本节英文原文");
  });

  it("corrects the English, the original, and lists the correction on both pages", () => {
    const en = page("en/index.html");
    const ins = en("#sec-1-p1 ins.correction");
    expect(ins.text()).toBe("access");
    expect(ins.attr("data-original")).toBe("acces");
    expect(ins.attr("title")).toBe("The source has: acces");
    expect(en("#sec-1-p1 a.note-ref").attr("href")).toBe("#ed-1");
    expect(en("#editor-notes-title").text()).toBe("Corrections to the English text");
    expect(en("#editor-notes li#ed-1").text()).toContain("The source has “acces”; corrected to “access”.");
    const zh = page("zh/index.html");
    expect(zh("ins.correction")).toHaveLength(0);
    expect(zh("#editor-notes li").text()).toContain("acces");
  });

  it("marks the translator's note in the Chinese, the translation, and nowhere in the English", () => {
    const zh = page("zh/index.html");
    expect(zh("#sec-2-p1 a.note-ref").attr("href")).toBe("#tn-1");
    expect(zh("#translator-notes li#tn-1").text()).toContain("货币基金");
    const en = page("en/index.html");
    expect(en("#translator-notes, a.note-ref[href^='#tn-']")).toHaveLength(0);
  });

  it("numbers the references by the English text and formats each work in its own language", () => {
    for (const lang of ["en", "zh"] as const) {
      const $ = page(`${lang}/index.html`);
      expect($("#references li.reference").map((_, li) => $(li).attr("id")).get(), lang).toEqual(["ref-smith2019", "ref-wang2020"]);
    }
    expect(page("zh/index.html")("#ref-wang2020 .reference-text").text()).toMatch(/^王五, 赵六\. 支付平台与银行存款\[J\]/);
  });

  it("lists both versions as hreflang alternates of each other, with the bilingual root as x-default", () => {
    const expected = { "zh-Hans": abs("zh/"), en: abs("en/"), "x-default": abs("") };
    for (const file of ["", "zh/", "en/"]) {
      const $ = page(`${file}index.html`);
      const alternates = Object.fromEntries($("link[rel=alternate][hreflang]").map((_, el) => [[$(el).attr("hreflang"), $(el).attr("href")]]).get());
      expect(alternates, file || "root").toEqual(expected);
    }
    // The root is in the original's language, the other's runs marked.
    expect(page("index.html")("html").attr("lang")).toBe("en");
  });

  it("has a sitemap with every page and its alternates", () => {
    const urls = readSitemap(dist, SITE, BASE);
    expect(urls.map((u) => u.loc).sort()).toEqual([abs(""), abs("en/"), abs("en/parallel/"), abs("zh/"), abs("zh/parallel/")]);
    const paper = { "zh-Hans": abs("zh/"), en: abs("en/"), "x-default": abs("") };
    const parallel = { "zh-Hans": abs("zh/parallel/"), en: abs("en/parallel/") };
    for (const u of urls) expect(u.alternates, u.loc).toEqual(u.loc.endsWith("/parallel/") ? parallel : paper);
  });

  it("gives each page a social card that exists, in its language's og:locale, the bilingual one with the English first", () => {
    const expected: Record<string, [string, string]> = { "index.html": ["root", "en_US"], "en/index.html": ["en", "en_US"], "zh/index.html": ["zh", "zh_CN"] };
    for (const [file, [card, locale]] of Object.entries(expected)) {
      const $ = page(file);
      const image = $('meta[property="og:image"]').attr("content") ?? "";
      expect(image, file).toBe(abs(`og/${card}.png`));
      expect(existsSync(path.join(dist, `og/${card}.png`)), image).toBe(true);
      expect($('meta[property="og:locale"]').attr("content"), file).toBe(locale);
    }
    expect(page("index.html")('meta[property="og:image:alt"]').attr("content")).toBe(
      "Sharing card for the paper “Mobile Payment and Small-Business Credit” / 论文《移动支付与小企业信贷》的分享卡片",
    );
  });

  it("tracks the Chinese against the English in `npm run translation:status`: up to date, then stale after an English edit", () => {
    const status = () => spawnSync("npm", ["run", "--silent", "translation:status"], { cwd: project.dir, encoding: "utf8" });
    const before = status();
    expect(before.status, before.stderr).toBe(0);
    expect(before.stdout).toMatch(/^state\s+id\s+Chinese\s+English\s+what changed$/m);
    expect(before.stdout).toContain("4 up to date, 0 stale, 0 new, 0 removed");
    project.edit("content/paper/en.md", (t) => t.replace("The trend is likely to continue.", "The trend will continue."));
    const after = status();
    expect(after.stdout).toMatch(/^stale\s+sec-2-p1\s+content\/paper\/zh\.md:\d+\s+content\/paper\/en\.md:\d+\s+The trend will continue\.$/m);
    expect(after.stdout).toContain("3 up to date, 1 stale, 0 new, 0 removed");
  });
});
