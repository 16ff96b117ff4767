// Creators' names (a person in family and given parts, or an organisation) in each form a consumer reads.
import type { CslName } from "../bibliography/schema.ts";
import type { CreatorName } from "../inputs/metadata.ts";

export type { CreatorName };

const HAN = /\p{Script=Han}/u;

export const isOrganization = (n: CreatorName): n is { organization: string } => "organization" in n;

/** Whether a name is written family name first without a space, as Chinese names are. */
function familyFirst(n: { family: string; given?: string | undefined }): boolean {
  return HAN.test(n.family) || HAN.test(n.given ?? "");
}

/** The name as a reader sees it: "Grace Fairweather", "王小明", "Fictional Policy Institute". */
export function displayName(name: CreatorName | string): string {
  if (typeof name === "string") return name;
  if (isOrganization(name)) return name.organization;
  if (!name.given) return name.family;
  return familyFirst(name) ? `${name.family}${name.given}` : `${name.given} ${name.family}`;
}

/**
 * "Family, Given": the form of citation_author and DC.creator that Google Scholar and Zotero split
 * correctly (Zotero's cleanAuthor reads a name without a comma given-name first). An organisation whole.
 */
export function invertedName(name: CreatorName): string {
  if (isOrganization(name)) return name.organization;
  return name.given ? `${name.family}, ${name.given}` : name.family;
}

export type CslPersonName = { family: string; given?: string } | { literal: string };

/** CSL-JSON: family and given parts, or `literal` for an organisation (never split by a citation processor). */
export function cslPersonName(name: CreatorName): CslPersonName {
  if (isOrganization(name)) return { literal: name.organization };
  return name.given ? { family: name.family, given: name.given } : { family: name.family };
}

/** A reference's CSL name as a creator: a literal (a braced .bib name) is an organisation. */
export function creatorOfCsl(n: CslName): CreatorName {
  if (n.literal !== undefined || !n.family) return { organization: (n.literal ?? n.given ?? "").replace(/<[^>]*>/g, "") };
  const family = [n["non-dropping-particle"], n.family].filter(Boolean).join(" ");
  const given = [n.given, n["dropping-particle"]].filter(Boolean).join(" ");
  return given ? { family, given } : { family };
}

/** Schema.org's creator node: an Organization, or a Person with familyName and givenName. */
export function schemaCreator(name: CreatorName): { "@type": "Person"; name: string; familyName: string; givenName?: string } | { "@type": "Organization"; name: string } {
  if (isOrganization(name)) return { "@type": "Organization", name: name.organization };
  return { "@type": "Person", name: displayName(name), familyName: name.family, ...(name.given ? { givenName: name.given } : {}) };
}
