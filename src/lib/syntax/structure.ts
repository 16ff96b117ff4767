// The paper's structure (sections, paragraphs, citation keys, footnotes, components) shared by both languages, with its schema.
import { z } from "zod";

export const ParagraphSchema = z.object({
  id: z.string(),
  /** Citation keys in order of appearance, as written in the Markdown (`[@ref01; @ref02]`). */
  cites: z.array(z.string()),
  line: z.number().optional(),
});

/** A numbered figure, table or display equation, in the section where it stands. */
export const NumberedElementSchema = z.object({
  id: z.string(),
  kind: z.enum(["fig", "tbl", "eq"]),
  line: z.number().optional(),
});

/** A footnote reference ([^label]) or an MDX component (<Aside>), where it stands in its section. */
export const MarkSchema = z.object({
  name: z.string(),
  line: z.number().optional(),
});

export const SectionSchema = z.object({
  id: z.string(),
  number: z.string(),
  depth: z.number(),
  title: z.string(),
  line: z.number().optional(),
  paragraphs: z.array(ParagraphSchema),
  /** Figures, tables and equations in order of appearance (none in a paper without them). */
  elements: z.array(NumberedElementSchema).optional(),
  /** Footnote references in order, by label (none when there are none). */
  footnotes: z.array(MarkSchema).optional(),
  /** MDX components in order (<Aside>, inline or on lines of their own), by name. */
  components: z.array(MarkSchema).optional(),
});

export const StructureSchema = z.array(SectionSchema);

export type Paragraph = z.infer<typeof ParagraphSchema>;
export type NumberedElement = z.infer<typeof NumberedElementSchema>;
export type Mark = z.infer<typeof MarkSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Structure = z.infer<typeof StructureSchema>;

const HEADING_NUMBER = /^\s*(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;

/** Splits a numbered heading such as "2.1. 互联网金融概念界定" into its number and title. */
export function parseHeadingNumber(text: string): { number: string; title: string } | undefined {
  const match = HEADING_NUMBER.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return { number: match[1], title: match[2].trim() };
}

/** The shared id of a numbered section: "2.1" → "sec-2-1". */
export function sectionId(number: string): string {
  return `sec-${number.split(".").join("-")}`;
}

export function paragraphId(section: string, index: number): string {
  return `${section}-p${index}`;
}
