import { describe, expect, it } from "vitest";
import { CorrectionsSchema, applyCorrections, loadCorrections } from "../../../src/lib/inputs/annotations.ts";
import { parseYamlData } from "../../../src/lib/inputs/yaml.ts";

describe("editorial corrections", () => {
  it("loads the project's corrections and applies each exactly where its context is", () => {
    const corrections = loadCorrections(process.cwd());
    expect(corrections.map((c) => c.id)).toEqual(["ed-5", "ed-1", "ed-2", "ed-8", "ed-6", "ed-7", "ed-3", "ed-4"]);
    expect(applyCorrections("确保网络安全，保护偷袭者的合法权益。偷袭者", corrections)).toBe(
      "确保网络安全，保护投资者的合法权益。偷袭者",
    );
  });

  it("reports a schema violation by file, line and field", () => {
    const yaml = ["- id: ed-1", "  in: sec-2-4-p1", "  context: 保护偷袭者", "  original: 投资者", "  correction: x", "  reason: { zh: 因, en: why }"].join("\n");
    expect(() => parseYamlData(yaml, "content/corrections.yaml", CorrectionsSchema)).toThrow(
      /content\/corrections\.yaml:3: 0\.context: context must contain original/,
    );
    expect(() => parseYamlData("- id: 1\n  in: nowhere\n", "c.yaml", CorrectionsSchema)).toThrow(/c\.yaml:1: 0\.id[\s\S]*c\.yaml:2: 0\.in/);
  });

  it("reports YAML syntax errors with the line", () => {
    expect(() => parseYamlData("- id: ed-1\n  in: [unclosed\n", "c.yaml", CorrectionsSchema)).toThrow(/c\.yaml:\d+: YAML syntax error/);
  });
});
