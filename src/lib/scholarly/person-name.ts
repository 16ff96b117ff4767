// Authors' names as metadata.yaml gives them: "Family, Given" (as in BibTeX) or one whole name (王小明).

export type CslPersonName = { family: string; given: string } | { literal: string };

/**
 * A comma separates family and given names, so "Fairweather, Grace" is sorted and abbreviated as
 * GB/T 7714 asks (FAIRWEATHER G); a name without one (a Chinese name, an organisation) is kept whole.
 */
export function cslPersonName(name: string): CslPersonName {
  const [family, given, ...rest] = name.split(",").map((p) => p.trim());
  if (family && given && rest.length === 0) return { family, given };
  return { literal: name.trim() };
}

/** The name as a reader sees it: "Grace Fairweather", "王小明". */
export function displayName(name: string): string {
  const n = cslPersonName(name);
  return "literal" in n ? n.literal : `${n.given} ${n.family}`;
}
