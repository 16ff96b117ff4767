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
    expect(complete.date).toEqual([2019, 6, 15]);
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

  it("rejects an impossible date, naming the line, and keeps a real one to the day, the month or the year", () => {
    expect(fails(metadata("  date: 2019-13-45"))).toThrow(/content\/metadata\.yaml:6: paper\.date: no such date: "2019-13-45"; give the date as YYYY-MM-DD, like 2019-06-15/);
    expect(fails(metadata("  date: 2019-02-29"))).toThrow(/content\/metadata\.yaml:6: paper\.date: no such date: "2019-02-29"/);
    expect(fails(metadata("  date: 2019-13"))).toThrow(/content\/metadata\.yaml:6: paper\.date: no such date: "2019-13"/);
    expect(fails(metadata("  date: 2019-6-1"))).toThrow(/content\/metadata\.yaml:6: paper\.date: not a date: "2019-6-1"; .*YYYY-MM-DD/);
    expect(fails(metadata("  date: 19"))).toThrow(/content\/metadata\.yaml:6: paper\.date: not a date/);
    expect(parseMetadata(metadata("  date: 2020-02-29")).date).toEqual([2020, 2, 29]);
    expect(parseMetadata(metadata("  date: 2019-06")).date).toEqual([2019, 6]);
    expect(parseMetadata(metadata("  date: 2019")).date).toEqual([2019]);
  });

  it("reports a YAML syntax error by file and line", () => {
    expect(fails(metadata("  venue: { zh: 期刊, en: Journal"))).toThrow(/^content\/metadata\.yaml:\d+: YAML syntax error/);
  });
});

describe("authors' names", () => {
  const names = (...lines: string[]) => parseMetadata(metadata("  authors:", ...lines)).authors.map((a) => a.name);

  it("reads a Chinese whole name family name first, a compound family name included", () => {
    expect(names("    - name: { zh: 王小明 }", "    - name: { zh: 欧阳修 }", "    - name: { zh: 王 小明 }")).toEqual([
      { zh: { family: "王", given: "小明" } },
      { zh: { family: "欧阳", given: "修" } },
      { zh: { family: "王", given: "小明" } },
    ]);
  });

  it('reads a Latin name as "Family, Given", or in parts, and a one-word name as a family name', () => {
    expect(names('    - name: { en: "Fairweather, Grace" }', "    - name: { en: { family: van Dyke, given: Ann Marie } }", "    - name: { en: Plato }")).toEqual([
      { en: { family: "Fairweather", given: "Grace" } },
      { en: { family: "van Dyke", given: "Ann Marie" } },
      { en: { family: "Plato" } },
    ]);
  });

  it("keeps an organisation whole, and a mixed pair per language", () => {
    expect(names("    - name: { zh: 虚构金融研究院, en: { organization: Fictional Institute of Finance } }", '    - name: { zh: 王小明, en: "Wang, Xiaoming" }')).toEqual([
      { zh: { family: "虚", given: "构金融研究院" }, en: { organization: "Fictional Institute of Finance" } },
      { zh: { family: "王", given: "小明" }, en: { family: "Wang", given: "Xiaoming" } },
    ]);
    expect(names("    - name: { zh: { organization: 虚构金融研究院 } }")).toEqual([{ zh: { organization: "虚构金融研究院" } }]);
  });

  it('refuses a Latin whole name with a space and no comma, asking for "Family, Given" at its line', () => {
    expect(fails(metadata("  authors:", "    - name: { zh: 王小明, en: Wang Xiaoming }"))).toThrow(
      /content\/metadata\.yaml:7: paper\.authors\.0\.name\.en: "Wang Xiaoming": which part is the family name\? Write "Family, Given" \(for example "Xiaoming, Wang"\), or \{ family: …, given: … \}, or \{ organization: "Wang Xiaoming" \}/,
    );
    expect(fails(metadata("  authors:", '    - name: { en: "Example, Ann, Jr" }'))).toThrow(/content\/metadata\.yaml:7: paper\.authors\.0\.name\.en: .*with one comma/);
    expect(fails(metadata("  authors:", "    - name: { en: { family: Example, middle: Ann } }"))).toThrow(/content\/metadata\.yaml:7: paper\.authors\.0\.name\.en/);
  });
});

describe("single-line fields and identifiers", () => {
  const read = readFromDisk(process.cwd());
  const fixture = (name: string) => () => parseMetadata(read(`tests/fixtures/metadata/injection/${name}`) ?? "", `tests/fixtures/metadata/injection/${name}`);

  it("refuse a newline or another control character, naming the file and line", () => {
    expect(fixture("venue-newline.yaml")).toThrow(/tests\/fixtures\/metadata\/injection\/venue-newline\.yaml:9: paper\.venue\.en: one line of text: no newline, tab or other control character/);
    expect(fixture("name-newline.yaml")).toThrow(/tests\/fixtures\/metadata\/injection\/name-newline\.yaml:9: paper\.authors\.0\.name\.en: one line of text/);
    expect(fixture("title-tab.yaml")).toThrow(/tests\/fixtures\/metadata\/injection\/title-tab\.yaml:6: paper\.title\.en: one line of text/);
  });

  it("take only a strict DOI: 10.NNNN/ and no whitespace, braces or markup", () => {
    expect(fixture("doi-braces.yaml")).toThrow(/tests\/fixtures\/metadata\/injection\/doi-braces\.yaml:7: paper\.doi: a bare DOI like 10\.1234\/abcd/);
    expect(fixture("doi-markup.yaml")).toThrow(/doi-markup\.yaml:7: paper\.doi: a bare DOI/);
    for (const bad of ["https://doi.org/10.1234/x", "10.12/x", "10.1234/a b", "doi:10.1234/x"]) expect(fails(metadata(`  doi: "${bad}"`)), bad).toThrow(/paper\.doi: a bare DOI/);
    expect(parseMetadata(metadata("  doi: 10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0".replace(/[<>]/g, ""))).doi).toBe("10.1002/(SICI)1097-4571(199806)49:8693::AID-ASI43.0.CO;2-0");
  });

  it("take an ISSN, a journal abbreviation and a publisher", () => {
    const m = parseMetadata(metadata("  issn: 1234-5679", "  journalAbbreviation: { zh: 虚构金融, en: J. Fict. Finance }", "  publisher: { zh: 虚构出版社, en: Fictional Press }"));
    expect([m.issn, m.journalAbbreviation?.en, m.publisher?.zh]).toEqual(["1234-5679", "J. Fict. Finance", "虚构出版社"]);
    expect(fails(metadata("  issn: 12345679"))).toThrow(/content\/metadata\.yaml:6: paper\.issn: an ISSN like 1234-5679/);
  });
});
