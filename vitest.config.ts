// Vitest runs unit tests (tests/lib) and built-site/browser checks (tests/e2e) in one command.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
