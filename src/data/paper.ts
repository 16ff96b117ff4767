// Loads the paper in every language from the content collections and checks that the versions align.
import { getCollection, getEntry, render } from "astro:content";
import { checkAlignment } from "../lib/alignment.ts";
import { LANGS, type Lang } from "../lib/i18n/ui.ts";
import { StructureSchema, type Structure } from "../lib/markdown/structure.ts";
import type { Metadata } from "../lib/metadata.ts";

export interface PaperVersion {
  lang: Lang;
  /** The content file, as named in error messages. */
  file: string;
  abstract: string;
  structure: Structure;
  Content: Rendered["Content"];
  /** Headings as rendered (after corrections), for the table of contents. */
  headings: Rendered["headings"];
}

type Rendered = Awaited<ReturnType<typeof render>>;

async function loadVersion(lang: Lang): Promise<PaperVersion> {
  const entries = await getCollection("paper", (e) => e.data.lang === lang);
  const [entry, extra] = entries;
  if (!entry) {
    throw new Error(`content/paper: no ${lang} version of the paper. Add content/paper/${lang}.md with "lang: ${lang}" in its frontmatter.`);
  }
  if (extra) {
    throw new Error(`content/paper: two files declare "lang: ${lang}" (${entry.filePath}, ${extra.filePath}); keep one.`);
  }
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const structure = StructureSchema.parse(remarkPluginFrontmatter["structure"]);
  return { lang, file: entry.filePath ?? `content/paper/${lang}.md`, abstract: entry.data.abstract, structure, Content, headings };
}

let cached: Promise<Record<Lang, PaperVersion>> | undefined;

/** Every language version, after the alignment check has passed. */
export function loadPaper(): Promise<Record<Lang, PaperVersion>> {
  cached ??= (async () => {
    const [zh, en] = await Promise.all(LANGS.map(loadVersion));
    if (!zh || !en) throw new Error("unreachable: LANGS has zh and en");
    checkAlignment(zh, en);
    return { zh, en };
  })();
  return cached;
}

export async function loadMetadata(): Promise<Metadata> {
  const entry = await getEntry("metadata", "paper");
  if (!entry) throw new Error('content/metadata.yaml: no "paper" entry. The file must start with "paper:".');
  return entry.data;
}
