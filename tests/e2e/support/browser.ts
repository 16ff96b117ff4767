// Launches Debian's Chromium through playwright-core with the flags that work on this machine.
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_FLAGS } from "../../../src/lib/pdf/chromium.ts";

export { CHROMIUM_FLAGS };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}
