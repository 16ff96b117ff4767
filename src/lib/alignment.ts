// Checks that two language versions of the paper align: same sections, paragraphs and citations.
import type { Lang } from "./i18n/ui.ts";
import type { Structure } from "./markdown/structure.ts";

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

export function checkAlignment(a: Version, b: Version, check: { cites?: boolean } = {}): void {
  const problems = alignmentProblems(a, b, check);
  if (problems.length > 0) {
    throw new Error(`The ${a.lang} and ${b.lang} versions of the paper do not align:\n  - ${problems.join("\n  - ")}`);
  }
}
