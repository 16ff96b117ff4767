// Content collections: the paper in each language, and its bibliographic metadata.
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { MetadataSchema } from "./lib/inputs/metadata.ts";
import { PaperFrontmatterSchema } from "./lib/inputs/paper-frontmatter.ts";

const paper = defineCollection({
  // One Markdown or MDX file per language: content/paper/zh.md (or zh.mdx), content/paper/en.md (or en.mdx).
  loader: glob({ pattern: "*.{md,mdx}", base: "./content/paper" }),
  schema: PaperFrontmatterSchema,
});

const metadata = defineCollection({
  loader: file("./content/metadata.yaml"),
  schema: MetadataSchema,
});

export const collections = { paper, metadata };
