// Finds the Chromium (or Chrome) binary that prints the PDFs, or says which paths were tried and what to set.
import { accessSync, constants } from "node:fs";

export const CHROMIUM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
] as const;

/** The flags every headless Chromium here runs with: the PDF printer, and the tests' Playwright and Lighthouse. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export class ChromiumNotFound extends Error {
  constructor(tried: readonly string[]) {
    super(
      `BUILD_PDF=1: no Chromium to print the PDFs. Tried: ${tried.join(", ")}. ` +
        "Install Debian's chromium (apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary " +
        "(CHROMIUM_PATH=/path/to/chrome BUILD_PDF=1 npm run build); or build without BUILD_PDF.",
    );
    this.name = "ChromiumNotFound";
  }
}

/** CHROMIUM_PATH when set (and only it: a wrong setting is an error, not a fallback), else the usual places. */
export function findChromium(env: Record<string, string | undefined>, isExecutable: (file: string) => boolean = executable): string {
  const set = env["CHROMIUM_PATH"]?.trim();
  const tried = set ? [set] : [...CHROMIUM_CANDIDATES];
  const found = tried.find(isExecutable);
  if (!found) throw new ChromiumNotFound(tried.map((p) => (set ? `${p} (CHROMIUM_PATH)` : p)));
  return found;
}
