// Content collections: the paper in each language. (content/metadata.yaml is read by src/load/paper.ts, which names the line of a bad value.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { asAuthorError } from "./lib/errors/author-error.ts";
import { checkPaperFrontmatter, PaperFrontmatterSchema } from "./lib/inputs/paper-frontmatter.ts";
import { PAPER_DIR } from "./lib/inputs/paths.ts";

// One Markdown or MDX file per language: content/paper/zh.md (or zh.mdx), content/paper/en.md (or en.mdx).
const paperFiles = glob({ pattern: "*.{md,mdx}", base: `./${PAPER_DIR}` });

const paper = defineCollection({
  loader: {
    ...paperFiles,
    // Astro's own schema error names the file but not the line (en.md:0:0): the frontmatter is checked
    // first by the project's parser, which names file, line and field, and fails the sync the same way.
    load: (context) =>
      paperFiles.load({
        ...context,
        parseData: (props) => {
          if (props.filePath) {
            const file = path.relative(fileURLToPath(context.config.root), props.filePath).split(path.sep).join("/");
            try {
              checkPaperFrontmatter(file, readFileSync(props.filePath, "utf8"));
            } catch (error) {
              // At the file's line, with no stack into the loader (src/lib/errors/author-error.ts).
              throw asAuthorError(error, fileURLToPath(context.config.root));
            }
          }
          return context.parseData(props);
        },
      }),
  },
  schema: PaperFrontmatterSchema,
});

export const collections = { paper };
