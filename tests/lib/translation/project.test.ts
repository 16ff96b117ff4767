// The status of a project on disk: the real paper is acknowledged; acknowledging, warning and the strict switch on a copy.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkTranslationStatus, paperFiles, readStatus, writeAcknowledged } from "../../../src/lib/translation/project.ts";
import { languagePair } from "../../../src/lib/i18n/language-pair.ts";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function copyOfPaper(): string {
  dir = mkdtempSync(path.join(tmpdir(), "translation-status-"));
  cpSync("content/paper", path.join(dir, "content/paper"), { recursive: true });
  return dir;
}

const pair = languagePair("zh");
const paper = { source: "content/paper/zh.md", translation: "content/paper/en.md", pair };

describe("translation status of a project", () => {
  it("finds the paper's files by their lang and the record next to the Chinese", () => {
    expect(paperFiles(process.cwd(), pair)).toEqual({ ...paper, record: "content/paper/translation-status.yaml" });
  });

  it("warns once about an edited Chinese sentence, fails when strict, and is quiet after acknowledging", () => {
    const root = copyOfPaper();
    const zh = path.join(root, paper.source);
    writeAcknowledged(root, paperFiles(root, pair));
    writeFileSync(zh, readFileSync(zh, "utf8").replace("2009 年手机快捷支付出现", "2009 年手机支付出现"));

    const warnings: string[] = [];
    checkTranslationStatus(root, paper, { strict: false, warn: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[translation\] 1 English paragraph translates a version of the Chinese other than/);
    expect(warnings[0]).toMatch(/\n {2}content\/paper\/en\.md:75 \(sec-4-2-p2\): the Chinese at content\/paper\/zh\.md:69 changed: “2009 年手机支付出现，为互联网金融的发展打好了地基。”\n/);
    expect(() => checkTranslationStatus(root, paper, { strict: true })).toThrow(/sec-4-2-p2[\s\S]*STRICT_TRANSLATION is set/);

    expect(writeAcknowledged(root, paperFiles(root, pair), ["sec-4-2-p2"])).toEqual(["sec-4-2-p2"]);
    checkTranslationStatus(root, paper, { strict: true, warn: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
  });

  it("refuses to acknowledge an id the Chinese does not have, and reports a malformed record by line", () => {
    const root = copyOfPaper();
    expect(() => writeAcknowledged(root, paperFiles(root, pair), ["sec-9-p9"])).toThrow("content/paper/zh.md: no part of the paper has the id sec-9-p9.");
    writeFileSync(path.join(root, "content/paper/translation-status.yaml"), 'sec-1: ["c88b51ae"]\nsec-1-1: [12]\n');
    expect(() => readStatus(root, paperFiles(root, pair))).toThrow(/translation-status\.yaml:2: sec-1-1\.0/);
  });

  it("with the English as the original, tracks the Chinese against it and keeps the record next to the English", () => {
    const root = copyOfPaper();
    const reversed = languagePair("en");
    const files = paperFiles(root, reversed);
    expect(files).toEqual({ source: "content/paper/en.md", translation: "content/paper/zh.md", record: "content/paper/translation-status.yaml", pair: reversed });
    writeAcknowledged(root, files);
    expect(readFileSync(path.join(root, files.record), "utf8")).toMatch(/^# Which version of the English each Chinese heading and paragraph translates: [^\n]*\n# digest of each sentence of the English \(content\/paper\/en\.md, the author's text\)/);
    const en = path.join(root, files.source);
    writeFileSync(en, readFileSync(en, "utf8").replace("In 2009, mobile quick payment appeared", "In 2009, mobile payment appeared"));
    const warnings: string[] = [];
    checkTranslationStatus(root, { source: files.source, translation: files.translation, pair: reversed }, { strict: false, warn: (m) => warnings.push(m) });
    expect(warnings[0]).toMatch(/^\[translation\] 1 Chinese paragraph translates a version of the English other than/);
    expect(warnings[0]).toMatch(/content\/paper\/zh\.md:\d+ \(sec-4-2-p2\): the English at content\/paper\/en\.md:75 changed/);
  });
});
