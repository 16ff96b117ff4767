// The build names each English paragraph that drops a glossary term, by file and line, once.
import { afterAll, describe, expect, it } from "vitest";
import { fixtureProject } from "./support/fixture-project.ts";

const project = fixtureProject();
afterAll(() => project.dispose());

describe("glossary check in the build", () => {
  it("builds the paper as it is without a glossary warning", () => {
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    expect(output).not.toContain("[glossary]");
  });

  it("warns, naming content/paper/en.md and its line, when the English drops an agreed term", () => {
    project.edit("content/paper/en.md", (t) => t.replace("Huabei, Jiebei", "Flower Chant, Jiebei"));
    const line = project.read("content/paper/en.md").split("\n").findIndex((l) => l.includes("Flower Chant")) + 1;
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    expect(output.match(/\[glossary\]/g), output).toHaveLength(1);
    expect(output).toContain("[glossary] 1 English passage does not use the agreed term (content/glossary.yaml):");
    expect(output).toContain(`  content/paper/en.md:${line} sec-4-2-p2: the Chinese has “花呗” but the English lacks “Huabei”`);
  });
});
