// Content collections: the paper in each language, and its bibliographic metadata.
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";
import { LANGS } from "./lib/i18n/ui.ts";
import { MetadataSchema } from "./lib/metadata.ts";

const paper = defineCollection({
  // One Markdown file per language: content/paper/zh.md, content/paper/en.md.
  loader: glob({ pattern: "*.md", base: "./content/paper" }),
  schema: z.object({
    lang: z.enum(LANGS),
    abstract: z.string().min(1),
  }),
});

const metadata = defineCollection({
  loader: file("./content/metadata.yaml"),
  schema: MetadataSchema,
});

export const collections = { paper, metadata };
