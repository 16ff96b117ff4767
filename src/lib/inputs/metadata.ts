// The paper's bibliographic metadata (content/metadata.yaml): strict schema, loading, and what the source leaves unknown.
import { z } from "zod";
import { DEFAULT_ORIGINAL, LANGS } from "../i18n/locales.ts";
import { INPUT_FILES } from "./paths.ts";
import { perLanguage } from "./per-language.ts";
import { readFromDisk } from "./read.ts";
import { parseYamlData } from "./yaml.ts";

// Every object is strict: a key the site does not read is a typo or a YAML slip (a comma in a flow mapping), never ignored.

/**
 * One line of text: a newline or another control character in a title, name or venue would end a
 * RIS line or a meta tag early, and let a value write a field of its own into the exports.
 */
const SingleLine = z
  .string()
  .min(1)
  .refine((text) => !/[\p{Cc}\u2028\u2029]/u.test(text), "one line of text: no newline, tab or other control character");
const Bilingual = perLanguage(SingleLine);
/** A number or short label as printed ("12", "S1"). */
const Label = z.union([SingleLine, z.number()]).transform(String);
/** Who wrote a value: the author, or the editors because the source gives none. */
const Provenance = z.enum(["author", "editorial"]);

const DATE_FORMAT = "give the date as YYYY-MM-DD, like 2019-06-15 (or YYYY-MM, or YYYY)";

/** A date as far as it is known: year, or year and month, or year, month and day. */
export type DateParts = [number] | [number, number] | [number, number, number];

/**
 * A calendar date, YYYY, YYYY-MM or YYYY-MM-DD. Checked by round trip: Date itself rolls an impossible
 * date over (2019-13-45 would become 2020-02-14) instead of rejecting it, so the date it makes must
 * print back as the text it was made from.
 */
const CalendarDate = z.union([z.string(), z.number()], { error: DATE_FORMAT }).transform((value, ctx): DateParts => {
  const text = String(value);
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  const parts = (match?.slice(1).filter((p) => p !== undefined) ?? []).map(Number);
  const [year = 0, month = 1, day = 1] = parts;
  const back = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, text.length);
  if (!match || back !== text) {
    ctx.issues.push({ code: "custom", input: text, message: `${match ? "no such date" : "not a date"}: ${JSON.stringify(text)}; ${DATE_FORMAT}` });
    return z.NEVER;
  }
  return parts as DateParts;
});

/** A person's name in parts: the family name, and the given name(s) when there are any. */
const PersonName = z.strictObject({ family: SingleLine, given: SingleLine.optional() });
/** A corporate author, kept whole: never split into family and given names. */
const OrganizationName = z.strictObject({ organization: SingleLine });
export type CreatorName = z.infer<typeof PersonName> | z.infer<typeof OrganizationName>;

const HAN = /\p{Script=Han}/u;
/** Two-character Chinese family names, so that 欧阳修 reads as 欧阳 修, not 欧 阳修; any other is written { family, given }. */
const COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里"];

/**
 * The whole-name shorthand: "Family, Given" in any script; a Chinese name without a comma is family
 * name first (王小明: 王, 小明). A Latin name with a space and no comma is ambiguous ("Wang Xiaoming"
 * is read given-first by Zotero and Scholar), so it is refused rather than guessed.
 */
export function nameShorthand(text: string): CreatorName | { error: string } {
  const [family = "", given, ...rest] = text.split(",").map((part) => part.trim());
  if (text.includes(",")) {
    if (family && given && rest.length === 0) return { family, given };
    return { error: `${JSON.stringify(text)}: give a name as "Family, Given", with one comma, or as { family: …, given: … }` };
  }
  const whole = text.trim();
  if (HAN.test(whole)) {
    const [spacedFamily, ...spacedGiven] = whole.split(/\s+/);
    if (spacedGiven.length) return { family: spacedFamily ?? whole, given: spacedGiven.join("") };
    const familyLength = COMPOUND_SURNAMES.some((s) => whole.startsWith(s) && whole.length > s.length) ? 2 : 1;
    return whole.length > familyLength ? { family: whole.slice(0, familyLength), given: whole.slice(familyLength) } : { family: whole };
  }
  if (/\s/.test(whole)) {
    const words = whole.split(/\s+/);
    const suggestion = `${words.at(-1)}, ${words.slice(0, -1).join(" ")}`;
    return {
      error: `${JSON.stringify(text)}: which part is the family name? Write "Family, Given" (for example ${JSON.stringify(suggestion)}), or { family: …, given: … }, or { organization: ${JSON.stringify(whole)} } for a corporate author`,
    };
  }
  return { family: whole };
}

/** A creator's name in one language: the shorthand, { family, given }, or { organization }. */
const Name = z.union([SingleLine, PersonName, OrganizationName]).transform((value, ctx): CreatorName => {
  if (typeof value !== "string") return value;
  const name = nameShorthand(value);
  if (!("error" in name)) return name;
  ctx.issues.push({ code: "custom", input: value, message: name.error });
  return z.NEVER;
});

export const AuthorSchema = z.strictObject({
  name: perLanguage(Name).partial().refine((n) => LANGS.some((lang) => n[lang]), "give the name in at least one language"),
  affiliation: Bilingual.partial().optional(),
  orcid: z
    .string()
    .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, "ORCID iD like 0000-0002-1825-0097")
    .optional(),
});

export const MetadataSchema = z.strictObject({
  /** The language the author wrote in; the other version is the translation. */
  original: z.enum(LANGS).default(DEFAULT_ORIGINAL),
  title: Bilingual,
  titleSource: Provenance,
  keywords: perLanguage(z.array(z.string().min(1))),
  keywordsSource: Provenance,
  authors: z.array(AuthorSchema).default([]),
  /** Who made the translation, when the edition names them; the translation's pages and exports credit them as translators. */
  translators: z.array(AuthorSchema).default([]),
  date: CalendarDate.optional(),
  venue: Bilingual.optional(),
  /** The venue's abbreviated title (ISO 4 in English), its ISSN, and its publisher, as the journal's page gives them. */
  journalAbbreviation: Bilingual.optional(),
  issn: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^\d{4}-\d{3}[\dX]$/, "an ISSN like 1234-5679"))
    .optional(),
  publisher: Bilingual.optional(),
  // No whitespace, braces, quotes, backslashes or markup: none occurs in a registered DOI, and each could end a field of an export.
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/[^\s\p{Cc}{}<>"'\\`^|]+$/u, "a bare DOI like 10.1234/abcd, without https://doi.org/, spaces, braces, quotes or markup")
    .optional(),
  /** Volume and issue of the venue, as printed. */
  volume: Label.optional(),
  issue: Label.optional(),
  /** Pages in the venue: "45-67", or "45" for a single page. */
  pages: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^[\w.]+(?:\s*[-–]\s*[\w.]+)?$/, 'a page range like "45-67", or one page like "45"'))
    .optional(),
  license: SingleLine.optional(),
  /** The licence's URL (e.g. https://creativecommons.org/licenses/by/4.0/), for machine-readable metadata. */
  licenseUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** The site's name per language (og:site_name, the sharing card); the interface's default otherwise. */
  siteName: Bilingual.partial().optional(),
});

/** The file holds one entry, `paper:`. */
export const MetadataFileSchema = z.strictObject({ paper: MetadataSchema });

export type Metadata = z.infer<typeof MetadataSchema>;
export type Author = z.infer<typeof AuthorSchema>;


/** The metadata in a metadata file's text; a problem is reported by file, line and field. */
export function parseMetadata(text: string, file: string = INPUT_FILES.metadata): Metadata {
  return parseYamlData(text, file, MetadataFileSchema).paper;
}

/** The metadata of the project at `root`, as the command-line scripts read it (the site: src/load/paper.ts). */
export function readMetadataFile(root: string): Metadata {
  const text = readFromDisk(root)(INPUT_FILES.metadata);
  if (text === undefined) throw new Error(`${INPUT_FILES.metadata}: not found. The paper's title and keywords go there (see README, "Replacing the paper").`);
  return parseMetadata(text);
}
