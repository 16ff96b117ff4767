import { describe, expect, it } from "vitest";
import { alignmentProblems, checkAlignment, type Version } from "../../../../src/lib/pipeline/page-time/alignment.ts";
import type { Structure } from "../../../../src/lib/syntax/structure.ts";

function structure(): Structure {
  return [
    { id: "sec-1", number: "1", depth: 2, title: "A", line: 1, paragraphs: [] },
    {
      id: "sec-1-1",
      number: "1.1",
      depth: 3,
      title: "B",
      line: 3,
      paragraphs: [
        { id: "sec-1-1-p1", cites: ["ref01", "ref02"], line: 5 },
        { id: "sec-1-1-p2", cites: [], line: 7 },
      ],
    },
  ];
}

const zh = (s = structure()): Version => ({ lang: "zh", file: "zh.md", structure: s });
const en = (s = structure()): Version => ({ lang: "en", file: "en.md", structure: s });

describe("alignment check", () => {
  it("accepts versions with the same sections, paragraphs and citations", () => {
    expect(alignmentProblems(zh(), en())).toEqual([]);
    expect(() => checkAlignment(zh(), en())).not.toThrow();
  });

  it("names the section and both files when a paragraph is removed from either language", () => {
    for (const [a, b] of [
      [zh(), en(structure().map((s) => (s.id === "sec-1-1" ? { ...s, paragraphs: s.paragraphs.slice(0, 1) } : s)))],
      [zh(structure().map((s) => (s.id === "sec-1-1" ? { ...s, paragraphs: s.paragraphs.slice(1) } : s))), en()],
    ] as const) {
      const problems = alignmentProblems(a, b);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/section 1\.1 \(sec-1-1\) has \d paragraphs in zh\.md:3 but \d in en\.md:3/);
      expect(() => checkAlignment(a, b)).toThrow(/do not align/);
    }
  });

  it("names a section present in one language only", () => {
    const problems = alignmentProblems(zh(), en(structure().slice(1)));
    expect(problems).toEqual(["section 1 (sec-1) is in zh.md:1 but missing from en.md"]);
  });

  it("names the paragraph whose citation keys differ", () => {
    const changed = structure();
    changed[1]!.paragraphs[0]!.cites = ["ref02", "ref01"];
    expect(alignmentProblems(zh(), en(changed))).toEqual([
      "paragraph sec-1-1-p1 cites [ref01, ref02] in zh.md:5 but [ref02, ref01] in en.md:5",
    ]);
  });

  it("notices sections in a different order", () => {
    const swapped = [...structure()].reverse();
    expect(alignmentProblems(zh(), en(swapped)).join()).toMatch(/different order/);
  });

  describe("figures, tables and equations", () => {
    const withElements = (sec11: { id: string; kind: "fig" | "tbl" | "eq"; line: number }[], sec1: typeof sec11 = []) =>
      structure().map((s) => (s.id === "sec-1-1" ? { ...s, elements: sec11 } : { ...s, elements: sec1 }));
    const fig = { id: "fig-a", kind: "fig", line: 6 } as const;
    const tbl = { id: "tbl-b", kind: "tbl", line: 8 } as const;

    it("accepts the same ids in the same sections and order", () => {
      expect(alignmentProblems(zh(withElements([fig, tbl])), en(withElements([fig, tbl])))).toEqual([]);
    });

    it("names an element in one language only, with its file and line", () => {
      expect(alignmentProblems(zh(withElements([fig, tbl])), en(withElements([fig])))).toEqual([
        "table tbl-b is in section 1.1 of zh.md:8 but not in section 1.1 of en.md",
      ]);
      expect(alignmentProblems(zh(withElements([fig])), en(withElements([fig, tbl])))).toEqual([
        "table tbl-b is in section 1.1 of en.md:8 but not in section 1.1 of zh.md",
      ]);
    });

    it("names an element placed in another section", () => {
      const problems = alignmentProblems(zh(withElements([fig])), en(withElements([], [fig])));
      expect(problems).toContain("figure fig-a is in section 1.1 of zh.md:6 but not in section 1.1 of en.md, which has it in section 1");
    });

    it("notices elements in a different order", () => {
      expect(alignmentProblems(zh(withElements([fig, tbl])), en(withElements([tbl, fig]))).join()).toMatch(
        /section 1\.1 has its figures, tables and equations in a different order: zh fig-a, tbl-b .*; en tbl-b, fig-a/,
      );
    });
  });
});

describe("footnotes and MDX components", () => {
  const withMarks = (footnotes: { name: string; line: number }[], components: { name: string; line: number }[]) =>
    structure().map((s) => (s.id === "sec-1-1" ? { ...s, footnotes, components } : s));

  it("a footnote in one language only is named with its file and line", () => {
    expect(alignmentProblems(zh(withMarks([{ name: "scope", line: 6 }], [])), en(withMarks([], [])))).toEqual([
      "the footnote [^scope] is in section 1.1 of zh.md:6 but not in section 1.1 of en.md:3 (1 footnotes there, 0 here); each language has the same footnotes in the same places",
    ]);
    // Each language may label its own footnotes: only their number and places must agree.
    expect(alignmentProblems(zh(withMarks([{ name: "scope", line: 6 }], [])), en(withMarks([{ name: "1", line: 6 }], [])))).toEqual([]);
  });

  it("an <Aside> in one language only is named with its file and line", () => {
    expect(alignmentProblems(zh(withMarks([], [])), en(withMarks([], [{ name: "Aside", line: 8 }])))).toEqual([
      "the component <Aside> is in section 1.1 of en.md:8 but not in section 1.1 of zh.md:3 (1 components there, 0 here); each language has the same components in the same places",
    ]);
    expect(() => checkAlignment(zh(withMarks([], [{ name: "Aside", line: 8 }])), en())).toThrow(/do not align:\n  - the component <Aside> is in section 1\.1 of zh\.md:8/);
  });

  it("components in a different order", () => {
    const a = [{ name: "Aside", line: 5 }, { name: "Note", line: 7 }];
    expect(alignmentProblems(zh(withMarks([], a)), en(withMarks([], [...a].reverse())))).toEqual([
      "section 1.1 has its components in a different order: zh <Aside> at zh.md:5, en <Note> at en.md:7",
    ]);
  });
});
