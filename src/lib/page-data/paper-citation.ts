// The paper's own citation, as its pages give it in the cite box: in the page language's style, accessed on the day of the build.
import type { StyleFiles } from "../bibliography/format.ts";
import { formattedCitation } from "../scholarly/cite-paper.ts";
import type { ScholarlyRecord } from "../scholarly/record.ts";

/** Today's date (UTC) as year, month, day: the access date of the page's citation. */
function buildDate(): [number, number, number] {
  const now = new Date();
  return [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()];
}

export function paperCitation(record: ScholarlyRecord, styleFiles: StyleFiles): string {
  return formattedCitation(record, styleFiles, buildDate());
}
