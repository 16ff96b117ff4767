// The paper's bibliographic metadata (content/metadata.yaml): strict schema, loading, and what the source leaves unknown.
import { z } from "zod";
import { DEFAULT_ORIGINAL, LANGS } from "../i18n/locales.ts";
import { INPUT_FILES } from "./paths.ts";
import { perLanguage } from "./per-language.ts";
import { readFromDisk } from "./read.ts";
import { parseYamlData } from "./yaml.ts";

// Every object is strict: a key the site does not read is a typo or a YAML slip (a comma in a flow mapping), never ignored.
const Bilingual = perLanguage(z.string().min(1));
/** A number or short label as printed ("12", "S1"). */
const Label = z.union([z.string().min(1), z.number()]).transform(String);
/** Who wrote a value: the author, or the editors because the source gives none. */
const Provenance = z.enum(["author", "editorial"]);

const DATE_FORMAT = "give the date as YYYY-MM-DD, like 2019-06-15";

/**
 * A calendar date, YYYY-MM-DD, at midnight UTC. Checked field by field: Date itself rolls an impossible
 * date over (2019-13-45 would become 2020-02-14) instead of rejecting it.
 */
const CalendarDate = z.string({ error: DATE_FORMAT }).transform((text, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  const date = year !== undefined && month !== undefined && day !== undefined ? new Date(Date.UTC(year, month - 1, day)) : undefined;
  if (!date || date.getUTCFullYear() !== year || date.getUTCMonth() !== (month ?? 0) - 1 || date.getUTCDate() !== day) {
    ctx.issues.push({ code: "custom", input: text, message: `${match ? "no such date" : "not a date"}: ${JSON.stringify(text)}; ${DATE_FORMAT}` });
    return z.NEVER;
  }
  return date;
});

export const AuthorSchema = z.strictObject({
  name: Bilingual.partial().refine((n) => LANGS.some((lang) => n[lang]), "give the name in at least one language"),
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
  date: CalendarDate.optional(),
  venue: Bilingual.optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, "a bare DOI like 10.1234/abcd, without https://doi.org/")
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
  license: z.string().min(1).optional(),
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
