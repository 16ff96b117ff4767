// Astro integration: `astro build` takes the checkout's build lock first, so two builds at once never share half-written caches (src/lib/build/build-lock.ts).
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { acquireBuildLock } from "../lib/build/build-lock.ts";

export function buildLock(): AstroIntegration {
  return {
    name: "paper-site:build-lock",
    hooks: {
      // The earliest hook, before the content layer and Vite touch node_modules/.astro, .vite and the card cache.
      "astro:config:setup": async ({ command, config, logger }) => {
        if (command === "build") await acquireBuildLock(fileURLToPath(config.root), (message) => logger.info(message));
      },
    },
  };
}
