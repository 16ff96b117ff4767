// Astro integration: after the build, prints /zh/ and /en/ to dist/zh/paper.pdf and dist/en/paper.pdf when BUILD_PDF=1.
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { LANGS } from "../lib/i18n/ui.ts";
import { findChromium } from "../lib/pdf/chromium.ts";
import { pdfEnabled, pdfPath } from "../lib/pdf/switch.ts";
import { paperPath } from "../lib/site/urls.ts";

export function paperPdfs(): AstroIntegration {
  let base = "/";
  let chromium: string | undefined;
  return {
    name: "paper-pdfs",
    hooks: {
      "astro:config:setup": ({ command }) => {
        // Fail before the build, not after it, when there is nothing to print with.
        if (command === "build" && pdfEnabled(process.env)) chromium = findChromium(process.env);
      },
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!chromium) return;
        const started = performance.now();
        const { printPdfs } = await import("../lib/pdf/print.ts");
        const jobs = LANGS.map((lang) => ({ route: paperPath(lang), file: pdfPath(lang) }));
        await printPdfs({ outDir: fileURLToPath(dir), base, chromium, jobs });
        logger.info(`${jobs.map((j) => j.file).join(", ")} printed with ${chromium} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
