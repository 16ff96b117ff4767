// Checks that two language versions of the paper align: same sections, paragraphs, citations, figures, tables,
// equations, footnotes and MDX components.
import type { Lang } from "../../i18n/ui.ts";
import type { Section, Structure } from "../../syntax/structure.ts";

export interface Version {
  lang: Lang;
  file: string;
  structure: Structure;
}

function at(v: Version, line: number | undefined): string {
  return `${v.file}:${line ?? "?"}`;
}

/** Every way `b` fails to mirror `a`, as messages naming the section, paragraph, file and line. */
export function alignmentProblems(a: Version, b: Version, check: { cites?: boolean } = {}): string[] {
  const problems: string[] = [];
  const ids = (v: Version) => v.structure.map((s) => s.id);
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const s of from.structure) {
      if (!ids(to).includes(s.id)) {
        problems.push(`section ${s.number} (${s.id}) is in ${at(from, s.line)} but missing from ${to.file}`);
      }
    }
  }
  if (problems.length === 0 && ids(a).join() !== ids(b).join()) {
    problems.push(`sections are in a different order: ${a.lang} ${ids(a).join(", ")}; ${b.lang} ${ids(b).join(", ")}`);
  }
  for (const sa of a.structure) {
    const sb = b.structure.find((s) => s.id === sa.id);
    if (!sb) continue;
    problems.push(...elementProblems(a, sa, b, sb));
    problems.push(...markProblems(a, sa, b, sb, "footnotes"), ...markProblems(a, sa, b, sb, "components"));
    if (sa.paragraphs.length !== sb.paragraphs.length) {
      problems.push(
        `section ${sa.number} (${sa.id}) has ${sa.paragraphs.length} paragraphs in ${at(a, sa.line)} but ${sb.paragraphs.length} in ${at(b, sb.line)}`,
      );
      continue;
    }
    sa.paragraphs.forEach((pa, i) => {
      const pb = sb.paragraphs[i];
      if (check.cites !== false && pb && pa.cites.join() !== pb.cites.join()) {
        problems.push(
          `paragraph ${pa.id} cites [${pa.cites.join(", ")}] in ${at(a, pa.line)} but [${pb.cites.join(", ")}] in ${at(b, pb.line)}`,
        );
      }
    });
  }
  return problems;
}

const KIND = { fig: "figure", tbl: "table", eq: "equation" } as const;

/** Figures, tables and equations: the same ids in the same section and order, so their numbers match. */
function elementProblems(a: Version, sa: Section, b: Version, sb: Section): string[] {
  const problems: string[] = [];
  const ea = sa.elements ?? [];
  const eb = sb.elements ?? [];
  for (const [from, fromSection, to, toSection, list, other] of [
    [a, sa, b, sb, ea, eb],
    [b, sb, a, sa, eb, ea],
  ] as const) {
    for (const e of list) {
      if (other.some((o) => o.id === e.id)) continue;
      const elsewhere = to.structure.find((s) => (s.elements ?? []).some((o) => o.id === e.id));
      const there = elsewhere ? `, which has it in section ${elsewhere.number}` : "";
      problems.push(`${KIND[e.kind]} ${e.id} is in section ${fromSection.number} of ${at(from, e.line)} but not in section ${toSection.number} of ${to.file}${there}`);
    }
  }
  const common = (list: typeof ea, other: typeof eb) => list.filter((e) => other.some((o) => o.id === e.id)).map((e) => e.id);
  if (problems.length === 0 && common(ea, eb).join() !== common(eb, ea).join()) {
    problems.push(`section ${sa.number} has its figures, tables and equations in a different order: ${a.lang} ${common(ea, eb).join(", ")} (${at(a, sa.line)}); ${b.lang} ${common(eb, ea).join(", ")} (${at(b, sb.line)})`);
  }
  return problems;
}

/** How a mark is written, so the message shows the author what to look for. */
const written = (list: "footnotes" | "components", name: string) => (list === "footnotes" ? `the footnote [^${name}]` : `the component <${name}>`);

/**
 * Footnotes and MDX components: as many in each section, in the same order (components by name;
 * footnotes by position, since each language may label its own). The first one too many is named by line.
 */
function markProblems(a: Version, sa: Section, b: Version, sb: Section, list: "footnotes" | "components"): string[] {
  const ma = sa[list] ?? [];
  const mb = sb[list] ?? [];
  const same = list === "footnotes" ? ma.length === mb.length : ma.map((m) => m.name).join() === mb.map((m) => m.name).join();
  if (same) return [];
  const [more, moreSection, fewer, fewerSection, extra, other] = ma.length >= mb.length ? ([a, sa, b, sb, ma, mb] as const) : ([b, sb, a, sa, mb, ma] as const);
  if (extra.length !== other.length) {
    const first = list === "components" ? extra.find((m, i) => other[i]?.name !== m.name) ?? extra.at(-1) : extra[other.length];
    const what = list === "footnotes" ? "footnotes" : "components";
    return [
      `${written(list, first?.name ?? "?")} is in section ${moreSection.number} of ${at(more, first?.line)} but not in section ${fewerSection.number} of ${at(fewer, fewerSection.line)} (${extra.length} ${what} there, ${other.length} here); each language has the same ${what} in the same places`,
    ];
  }
  const i = ma.findIndex((m, k) => mb[k]?.name !== m.name);
  return [`section ${sa.number} has its components in a different order: ${a.lang} <${ma[i]?.name}> at ${at(a, ma[i]?.line)}, ${b.lang} <${mb[i]?.name}> at ${at(b, mb[i]?.line)}`];
}

export function checkAlignment(a: Version, b: Version, check: { cites?: boolean } = {}): void {
  const problems = alignmentProblems(a, b, check);
  if (problems.length > 0) {
    throw new Error(`The ${a.lang} and ${b.lang} versions of the paper do not align:\n  - ${problems.join("\n  - ")}`);
  }
}
