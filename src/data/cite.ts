// The paper's own citation per language: CSL-JSON from its scholarly record, and the project's citation style files.
import { readStyleFiles, type StyleFiles } from "../lib/bibliography/format.ts";
import { paperCsl } from "../lib/scholarly/cite-paper.ts";
import type { Lang } from "../lib/i18n/ui.ts";
import type { CslItem } from "../lib/bibliography/schema.ts";
import { loadRecords } from "./scholarly.ts";
import { inputsFingerprint } from "./inputs.ts";

export async function loadPaperCsl(site: URL, base: string): Promise<Record<Lang, CslItem>> {
  const records = await loadRecords(site, base);
  return { zh: paperCsl(records.zh), en: paperCsl(records.en) };
}

let files: { fingerprint: string; files: StyleFiles } | undefined;
/** Read again whenever the data files change (in `astro dev`), once in a build. */
export function styleFiles(): StyleFiles {
  const fingerprint = inputsFingerprint();
  if (files?.fingerprint !== fingerprint) files = { fingerprint, files: readStyleFiles(process.cwd()) };
  return files.files;
}
