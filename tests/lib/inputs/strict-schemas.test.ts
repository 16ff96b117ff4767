// Every data file's schema is strict: an unknown key, top level or nested, is an error naming the file, the line and the key.
import { describe, expect, it } from "vitest";
import { CorrectionsSchema, TranslatorNotesSchema } from "../../../src/lib/inputs/annotations.ts";
import { loadEdition } from "../../../src/lib/inputs/edition.ts";
import { GlossarySchema } from "../../../src/lib/inputs/glossary.ts";
import { checkPaperFrontmatter } from "../../../src/lib/inputs/paper-frontmatter.ts";
import { parseYamlData } from "../../../src/lib/inputs/yaml.ts";
import { AcknowledgedSchema } from "../../../src/lib/translation/status.ts";
import { INPUT_FILES } from "../../../src/lib/inputs/paths.ts";

const yaml = (...lines: string[]) => lines.join("\n") + "\n";
const CORRECTION = ["- id: ed-1", "  in: sec-2-4-p1", "  context: 保护偷袭者", "  original: 偷袭者", "  correction: 投资者"];

describe("strict data schemas", () => {
  it("corrections: an unknown key in an entry or in its reason", () => {
    const parse = (text: string) => () => parseYamlData(text, "content/corrections.yaml", CorrectionsSchema);
    expect(parse(yaml(...CORRECTION, "  reason: { zh: 因, en: why }", "  note: x"))).toThrow(
      /content\/corrections\.yaml:7: 0\.note: unknown key "note"; the keys here are id, in, context, original, correction, reason/,
    );
    expect(parse(yaml(...CORRECTION, "  reason: { zh: 因, en: why, fr: pourquoi }"))).toThrow(/content\/corrections\.yaml:6: 0\.reason\.fr: unknown key "fr"; the keys here are zh, en/);
    expect(parse(yaml(...CORRECTION, "  reason: { zh: 因, en: a homophone, not a typo }"))).toThrow(
      /content\/corrections\.yaml:6: 0\.reason\.not a typo: unknown key "not a typo"; .*quote the value, en: "a homophone, not a typo"/,
    );
  });

  it("translator's notes: an unknown key", () => {
    const text = yaml("- id: tn-1", "  in: sec-1-p1", "  anchor: 蚂蚁金服", "  note: Ant Financial.", "  notes: typo");
    expect(() => parseYamlData(text, "content/translator-notes.yaml", TranslatorNotesSchema)).toThrow(
      /content\/translator-notes\.yaml:5: 0\.notes: unknown key "notes"; the keys here are id, in, anchor, note/,
    );
  });

  it("glossary: an unknown key in an entry", () => {
    const text = yaml("- { zh: 普惠金融, en: inclusive finance }", "- zh: 蚂蚁金服", "  en: Ant Financial", "  de: Ant");
    expect(() => parseYamlData(text, "content/glossary.yaml", GlossarySchema)).toThrow(/content\/glossary\.yaml:4: 1\.de: unknown key "de"; the keys here are zh, en, note/);
  });

  it("edition: an unknown key at the top and in a bilingual note", () => {
    const only = (text: string) => (file: string) => (file === INPUT_FILES.edition ? text : undefined);
    expect(() => loadEdition(only(yaml("sorce:", "  zh: 中文", "  en: English")))).toThrow(/content\/edition\.yaml:1: sorce: unknown key "sorce"; the keys here are source, translation/);
    expect(() => loadEdition(only(yaml("source:", "  zh: 中文", "  en: English", "  fr: Français")))).toThrow(/content\/edition\.yaml:4: source\.fr: unknown key "fr"; the keys here are zh, en/);
  });

  it("translation status: a key that is no heading or paragraph id, and why", () => {
    const text = yaml('sec-1: ["c88b51ae"]', 'section-2: ["c88b51ae"]');
    expect(() => parseYamlData(text, "content/paper/translation-status.yaml", AcknowledgedSchema)).toThrow(
      /content\/paper\/translation-status\.yaml:2: section-2: unknown key "section-2": keys are the page.s ids, like sec-2-1-p3, tbl-users-r2c3 or eq-demand/,
    );
  });

  it("paper frontmatter: an unknown key, at the file's line", () => {
    const text = yaml("---", "lang: en", "abstract: An abstract.", "title: A title", "---", "", "## 1. Introduction");
    expect(() => checkPaperFrontmatter("content/paper/en.md", text)).toThrow(/content\/paper\/en\.md:4: title: unknown key "title"; the keys here are lang, abstract/);
    // After a byte-order mark and a blank line, as the content layer accepts them, the line is still the file's.
    expect(() => checkPaperFrontmatter("content/paper/en.md", `\uFEFF\n${text}`)).toThrow(/content\/paper\/en\.md:5: title: unknown key "title"/);
  });
});
