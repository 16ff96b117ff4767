// The input paths are named once: the dev server watches exactly the files the input fingerprint digests.
import { readFileSync } from "node:fs";
import path from "node:path";
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
