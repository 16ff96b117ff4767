// Astro configuration: bilingual routes, the unified Markdown pipeline, and GitHub Pages URLs.
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import { markdownOptions } from "./src/lib/pipeline/content-layer/markdown-options.ts";
import { siteConfig } from "./src/lib/site/site-config.ts";
import { watchedInputs } from "./src/integrations/dev-loop/vite-plugin.ts";
import { mdxErrors } from "./src/integrations/mdx-errors.ts";
import { paperPdfs } from "./src/integrations/pdf.ts";
import { paperSitemap } from "./src/integrations/sitemap.ts";
import { cspMetaFirstIntegration } from "./src/integrations/csp.ts";
import { buildLock } from "./src/integrations/build-lock.ts";
import { npmPunycode } from "./src/integrations/npm-punycode.ts";
import { CSP_DIRECTIVES } from "./src/lib/site/csp.ts";
import { DEFAULT_ORIGINAL, LANGS } from "./src/lib/i18n/locales.ts";

const { site, base } = siteConfig(process.env);
const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  build: { format: "directory" },
  // paperPdfs prints the PDFs only with BUILD_PDF=1 (see README, "PDF").
  // MDX inherits the Markdown processor below: .md and .mdx papers run the same plugins.
  // cspMetaFirstIntegration moves each page's policy before its first inline script (before the PDFs print them).
  // buildLock first: a second `astro build` in this checkout waits for the first (README, "Security").
  // npmPunycode: our dependencies get the npm `punycode`, not Node's deprecated built-in (no DEP0040 in the log).
  integrations: [buildLock(), npmPunycode(), mdx(), paperSitemap(site, base), cspMetaFirstIntegration(), paperPdfs()],
  // A Content-Security-Policy meta tag on every page (README, "Security"): Astro hashes its own inline scripts
  // and styles; Base.astro and PrintRunningHead.astro add the hashes of theirs. Not applied by `astro dev`.
  security: { csp: { algorithm: "SHA-256", directives: [...CSP_DIRECTIVES] } },
  // Figures beside the paper: responsive widths (srcset) in a modern format, with width and height set.
  // The service is Astro's sharp, keeping the smaller of lossy and lossless WebP per variant (src/integrations/image-service.ts).
  image: { layout: "constrained", service: { entrypoint: "./src/integrations/image-service.ts" } },
  i18n: {
    locales: [...LANGS],
    // Astro needs one; with every locale prefixed and no redirect, it decides nothing a reader sees.
    defaultLocale: DEFAULT_ORIGINAL,
    // The root page is our own bilingual landing page, so no locale is forced on readers.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Sätteri (Astro 7's default) does not run remark/rehype plugins; the id, math and figure plugins need unified.
    // Smart punctuation is off: the author's text is published exactly as written.
    processor: unified(markdownOptions),
    // Shiki colours code with inline styles, which the Content-Security-Policy forbids: code blocks stay plain.
    syntaxHighlight: false,
  },
  vite: {
    // The dev loop (src/integrations/dev-loop/README.md): `astro dev` reloads the page when a data file changes.
    // mdxErrors: the MDX compiler's own errors name the file and line, once, with no stack (src/integrations/mdx-errors.ts).
    plugins: [watchedInputs(root), mdxErrors(root)],
    build: {
      rolldownOptions: {
        // @astrojs/mdx marks each compiled .mdx with Astro's own "use astro:head-inject" directive, which the
        // bundler warns it may not preserve; Astro reads it before bundling, so the warning is noise in every build.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("use astro:head-inject")) return;
          warn(warning);
        },
      },
    },
    server: {
      // An editor's save can reach the watcher as "truncated" then "written": without this, the content
      // layer may read the empty file, fail, and miss the real save. Waiting until the file has stopped
      // changing costs about 0.1 s per save in `astro dev`; builds do not watch.
      watch: { awaitWriteFinish: { stabilityThreshold: 80, pollInterval: 20 } },
    },
  },
});
