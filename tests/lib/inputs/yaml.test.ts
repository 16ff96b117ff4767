// A YAML data file that expands aliases without bound (a "billion laughs" file) fails naming the file and line.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCorrections } from "../../../src/lib/inputs/annotations.ts";
import { INPUT_FILES } from "../../../src/lib/inputs/paths.ts";

describe("parseYamlData", () => {
  it("names the file and the first alias's line when aliases expand too far", () => {
    const bomb = readFileSync("tests/fixtures/hostile/alias-bomb.yaml", "utf8");
    const read = (file: string) => (file === INPUT_FILES.corrections ? bomb : undefined);
    expect(() => loadCorrections(read)).toThrow(/^content\/corrections\.yaml:3: Excessive alias count.*Write the values out/);
  });
});
