// The README documents every metadata.yaml field and every MDX component (with its props), and its examples are valid.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { AuthorSchema, MetadataSchema, parseMetadata } from "../../src/lib/inputs/metadata.ts";
import { skeletonFiles } from "../../src/lib/new-paper/skeleton.ts";
import { INPUT_FILES } from "../../src/lib/inputs/paths.ts";

const readme = readFileSync("README.md", "utf8");
/** The README's section under a heading, up to the next heading of the same level or above. */
function section(heading: string): string {
  const start = readme.indexOf(heading);
  const level = /^#+/.exec(heading)?.[0] ?? "##";
  const end = readme.slice(start + heading.length).search(new RegExp(`\\n#{1,${level.length}} `));
  return readme.slice(start, end < 0 ? undefined : start + heading.length + end);
}
/** The first column of a Markdown table's body rows: `name` → name. */
const firstColumn = (text: string) => [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] ?? "");

describe("the README's metadata.yaml fields", () => {
  const fields = section("### `content/metadata.yaml`, field by field");

  it("lists every field of the schema, authors' fields included, and nothing else", () => {
    const documented = firstColumn(fields);
    const expected = [...Object.keys(MetadataSchema.shape), ...Object.keys(AuthorSchema.shape).map((k) => `authors[].${k}`)];
    expect([...documented].sort()).toEqual([...expected].sort());
  });

  it("its example is a valid metadata.yaml using every field", () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(fields)?.[1] ?? "";
    const metadata = parseMetadata(example, "README.md");
    for (const key of Object.keys(MetadataSchema.shape)) expect(Object.keys(metadata), key).toContain(key);
    expect(Object.keys(metadata.authors[0] ?? {}).sort()).toEqual(Object.keys(AuthorSchema.shape).sort());
  });

  it("the new-paper skeleton has every optional field, commented", () => {
    const text = skeletonFiles()[INPUT_FILES.metadata] ?? "";
    const commented = [...text.matchAll(/^\s*# (\w+): /gm)].map((m) => m[1]);
    for (const key of ["date", "venue", "volume", "issue", "pages", "doi", "license", "licenseUrl", "siteName", "affiliation", "orcid"]) expect(commented, key).toContain(key);
    // Uncommented, every line of it is still a valid metadata file.
    // (The DOI placeholder is no DOI, on purpose: a real one is the author's to give.)
    const uncommented = text.replace(/^(\s*)# (\w+: )/gm, "$1$2").replace("10.xxxx/xxxxx", "10.1234/abcd");
    expect(() => parseMetadata(uncommented, "skeleton")).not.toThrow();
    expect(parse(uncommented).paper.authors[0].orcid).toBe("0000-0002-1825-0097");
  });
});

describe("the README's MDX components", () => {
  const list = section("**MDX components**");
  const source = readFileSync("src/load/mdx-components.ts", "utf8");
  const available = /export const mdxComponents = \{([^}]*)\}/.exec(source)?.[1]?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];

  it("lists exactly the components src/load/mdx-components.ts makes available", () => {
    expect(available.length).toBeGreaterThan(0);
    expect(firstColumn(list).map((c) => c.replace(/^<|>$/g, ""))).toEqual(available);
  });

  it("gives each component's props as its Props interface declares them", () => {
    for (const name of available) {
      const file = new RegExp(`import ${name} from "([^"]+)"`).exec(source)?.[1] ?? "";
      const astro = readFileSync(new URL(file, new URL("../../src/load/", import.meta.url)), "utf8");
      const props = [...(/interface Props \{([\s\S]*?)\n\}/.exec(astro)?.[1] ?? "").matchAll(/^\s*(\w+)\??:/gm)].map((m) => m[1] ?? "");
      const row = new RegExp(`^\\| \`<${name}>\` \\| ([^|]*) \\|`, "m").exec(list)?.[1] ?? "";
      expect([...row.matchAll(/`(\w+)`/g)].map((m) => m[1]), name).toEqual(props);
    }
  });
});
