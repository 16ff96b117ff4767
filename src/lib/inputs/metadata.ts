// The paper's bibliographic metadata: schema, and what the source leaves unknown.
import { z } from "zod";
import { DEFAULT_ORIGINAL, LANGS } from "../i18n/locales.ts";
import { readFromDisk, type ReadInput } from "./read.ts";
import { parseYamlData } from "./yaml.ts";

const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
/** A number or short label as printed ("12", "S1"). */
const Label = z.union([z.string().min(1), z.number()]).transform(String);
/** Who wrote a value: the author, or the editors because the source gives none. */
const Provenance = z.enum(["author", "editorial"]);

export const AuthorSchema = z.object({
  name: Bilingual.partial().refine((n) => n.zh ?? n.en, "give the name in at least one language"),
  affiliation: Bilingual.partial().optional(),
  orcid: z
    .string()
    .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, "ORCID iD like 0000-0002-1825-0097")
    .optional(),
});

export const MetadataSchema = z.object({
  /** The language the author wrote in; the other version is the translation. */
  original: z.enum(LANGS).default(DEFAULT_ORIGINAL),
  title: Bilingual,
  titleSource: Provenance,
  keywords: z.object({ zh: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
  keywordsSource: Provenance,
  authors: z.array(AuthorSchema).default([]),
  date: z.coerce.date().optional(),
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
});

export type Metadata = z.infer<typeof MetadataSchema>;
export type Author = z.infer<typeof AuthorSchema>;

/** Where the metadata lives; the site reads it as a content collection (src/content.config.ts), the scripts with readMetadataFile. */
export const METADATA_FILE = "content/metadata.yaml";

const MetadataFileSchema = z.object({ paper: MetadataSchema });

/** The metadata as the command-line scripts read it, outside Astro: the same schema, problems named by file and line. */
export function readMetadataFile(source: string | ReadInput): Metadata {
  const read = typeof source === "string" ? readFromDisk(source) : source;
  const text = read(METADATA_FILE);
  if (text === undefined) throw new Error(`${METADATA_FILE}: no such file. The paper's metadata is read from it (README, "Replacing the paper").`);
  return parseYamlData(text, METADATA_FILE, MetadataFileSchema).paper;
}
