// content/metadata.yaml is validated strictly: a stray key (a typo, or a comma that split a flow mapping) or an impossible date names its line.
import { describe, expect, it } from "vitest";
import { parseMetadata } from "../../../src/lib/inputs/metadata.ts";
import { INPUT_FILES } from "../../../src/lib/inputs/paths.ts";
import { readFromDisk } from "../../../src/lib/inputs/read.ts";

const HEAD = [
  "paper:",
  "  title: { zh: 标题, en: Title }",
  "  titleSource: author",
  "  keywords: { zh: [词], en: [word] }",
  "  keywordsSource: author",
];
const metadata = (...lines: string[]) => [...HEAD, ...lines].join("\n") + "\n";
const fails = (text: string) => () => parseMetadata(text);

describe("content/metadata.yaml", () => {
  it("validates the seed's, the demo's and the complete fixture's metadata", () => {
    const read = readFromDisk(process.cwd());
    for (const file of [INPUT_FILES.metadata, "tests/fixtures/demo/content/metadata.yaml", "tests/fixtures/metadata/complete.yaml"]) {
      expect(() => parseMetadata(read(file) ?? "", file), file).not.toThrow();
    }
    const complete = parseMetadata(read("tests/fixtures/metadata/complete.yaml") ?? "");
    expect(complete.authors[0]?.affiliation).toEqual({ zh: "虚构大学经济学院", en: "School of Economics, Fictional University" });
    expect(complete.date?.toISOString()).toBe("2019-06-15T00:00:00.000Z");
  });

  it("rejects an unknown key at the top, in the paper, in an author and in a bilingual field, naming the line and the key", () => {
    expect(fails(`${metadata()}extra: 1\n`)).toThrow(/content\/metadata\.yaml:6: extra: unknown key "extra"; the keys here are paper$/);
    expect(fails(metadata("  subtitle: { zh: 副标题, en: Subtitle }"))).toThrow(
      /content\/metadata\.yaml:6: paper\.subtitle: unknown key "subtitle"; the keys here are original, title, titleSource, keywords/,
    );
    expect(fails(metadata("  authors:", "    - name: { en: Ann }", "      email: ann@example.org"))).toThrow(
      /content\/metadata\.yaml:8: paper\.authors\.0\.email: unknown key "email"; the keys here are name, affiliation, orcid/,
    );
    expect(fails(metadata("  venue:", "    zh: 期刊", "    en: Journal", "    fr: Revue"))).toThrow(
      /content\/metadata\.yaml:9: paper\.venue\.fr: unknown key "fr"; the keys here are zh, en/,
    );
    expect(fails(metadata("  authors:", "    - name: { en: Ann, ja: アン }"))).toThrow(/content\/metadata\.yaml:7: paper\.authors\.0\.name\.ja: unknown key "ja"/);
  });

  it("names a comma that split a flow mapping, and says to quote the value", () => {
    const slip = metadata("  authors:", "    - name: { en: Ann Example }", "      affiliation: { zh: 虚构大学经济学院, en: School of Economics, Fictional University }");
    expect(fails(slip)).toThrow(
      'content/metadata.yaml:8: paper.authors.0.affiliation.Fictional University: unknown key "Fictional University"; a comma inside { … } separates fields, so en\'s value ended before it: quote the value, en: "School of Economics, Fictional University"',
    );
    const inName = metadata("  authors:", "    - { name: { en: Example, Ann, Jr }, orcid: 0000-0002-1825-0097 }");
    expect(fails(inName)).toThrow(/content\/metadata\.yaml:7: paper\.authors\.0\.name\.Ann: unknown key "Ann"; .*quote the value, en: "Example, Ann, Jr"/);
  });

  it("rejects an impossible date, naming the line, and keeps a real one", () => {
    expect(fails(metadata("  date: 2019-13-45"))).toThrow(/content\/metadata\.yaml:6: paper\.date: no such date: "2019-13-45"; give the date as YYYY-MM-DD, like 2019-06-15/);
    expect(fails(metadata("  date: 2019-02-29"))).toThrow(/content\/metadata\.yaml:6: paper\.date: no such date: "2019-02-29"/);
    expect(fails(metadata("  date: 2019"))).toThrow(/content\/metadata\.yaml:6: paper\.date: .*YYYY-MM-DD/);
    expect(parseMetadata(metadata("  date: 2020-02-29")).date?.toISOString()).toBe("2020-02-29T00:00:00.000Z");
  });

  it("reports a YAML syntax error by file and line", () => {
    expect(fails(metadata("  venue: { zh: 期刊, en: Journal"))).toThrow(/^content\/metadata\.yaml:\d+: YAML syntax error/);
  });
});
