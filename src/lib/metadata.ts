// The paper's bibliographic metadata: schema, and what the source leaves unknown.
import { z } from "zod";

const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
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
  license: z.string().optional(),
});

export type Metadata = z.infer<typeof MetadataSchema>;
export type Author = z.infer<typeof AuthorSchema>;
