// The keys reserved for cross-references (Quarto's prefixes): never looked up in the bibliography.

export const CROSS_REF_KINDS = ["fig", "tbl", "eq", "sec"] as const;
export type CrossRefKind = (typeof CROSS_REF_KINDS)[number];

/** The kind of a reserved key ("fig-growth" → "fig"), or undefined for a citation key. */
export function crossRefKind(key: string): CrossRefKind | undefined {
  const prefix = /^([a-z]+)-/.exec(key)?.[1];
  return (CROSS_REF_KINDS as readonly string[]).includes(prefix ?? "") ? (prefix as CrossRefKind) : undefined;
}

export function isCrossRefKey(key: string): boolean {
  return crossRefKind(key) !== undefined;
}

/** A figure, table or equation label as an author writes it: "fig-growth", "tbl-users", "eq-demand". */
export const ELEMENT_ID = /^(fig|tbl|eq)-[A-Za-z0-9][A-Za-z0-9_-]*$/;
