// The page's frontmatter as Astro hands it to unified plugins (file.data.astro.frontmatter).
import type { VFile } from "vfile";
import { isLang, type Lang } from "../../i18n/ui.ts";

/** The frontmatter record, created if missing, so a plugin can also publish values to the page. */
export function pageFrontmatter(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}

/** The page's language, or undefined for Markdown that is not a version of the paper. */
export function pageLang(file: VFile): Lang | undefined {
  const lang = pageFrontmatter(file)["lang"];
  return typeof lang === "string" && isLang(lang) ? lang : undefined;
}
