// Words for the translation status: the build's one warning about a stale translation, and the status table.
import type { LanguagePair } from "../i18n/language-pair.ts";
import { LOCALES } from "../i18n/locales.ts";
import type { Entry, Status } from "./status.ts";

export interface PaperFiles {
  /** The original, relative to the project root. */
  source: string;
  /** The translation. */
  translation: string;
  /** The acknowledged digests, next to the paper. */
  record: string;
  /** Which language is which, for the messages' words. */
  pair: LanguagePair;
}

/** "Chinese", "English": the build's messages are in English. */
const originalName = (files: PaperFiles) => LOCALES[files.pair.original].name;
const translationName = (files: PaperFiles) => LOCALES[files.pair.translation].name;

export const STRICT_VARIABLE = "STRICT_TRANSLATION";

const quote = (s: string) => `“${s}”`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Entries whose translation must be reviewed: the source changed, or was never acknowledged. */
export function needingReview(status: Status): Entry[] {
  return status.entries.filter((e) => e.state !== "up-to-date");
}

function what(e: Entry, files: PaperFiles): string {
  const at = `${files.source}:${e.source.line}`;
  const original = originalName(files);
  if (e.state === "new") return `not yet acknowledged against the ${original} at ${at}`;
  const moved = e.movedFrom ? ` (it is the text acknowledged for ${e.movedFrom}: paragraphs moved)` : "";
  if (e.changed.length === 0) return `the ${original} at ${at} lost ${plural(e.removed, "sentence", "sentences")}${moved}`;
  return `the ${original} at ${at} changed: ${e.changed.map(quote).join(" … ")}${moved}`;
}

/** How a unit is named in messages: "heading sec-2", "table cell tbl-users-r2c3 (row 2, column 3)". */
export function unitName(e: Pick<Entry, "id"> & { source: Pick<Entry["source"], "kind"> }): string {
  const kind = e.source.kind;
  if (kind === "paragraph") return e.id;
  if (kind === "cell") {
    const cell = /-(?:h(\d+)|r(\d+)c(\d+))$/.exec(e.id);
    const at = cell?.[1] ? `header row, column ${cell[1]}` : `row ${cell?.[2] ?? "?"}, column ${cell?.[3] ?? "?"}`;
    return `table cell ${e.id} (${at})`;
  }
  return `${KIND_NAME[kind]} ${e.id}`;
}

const KIND_NAME: Record<Entry["source"]["kind"], string> = {
  heading: "heading", paragraph: "paragraph", caption: "caption", cell: "table cell", alt: "alt text",
  footnote: "footnote", equation: "equation", component: "component",
};

/** "17 headings, 39 paragraphs, 1 footnote": how many units of each kind, in the order of KIND_NAME. */
export function countByKind(kinds: readonly Entry["source"]["kind"][]): string {
  return (Object.keys(KIND_NAME) as Entry["source"]["kind"][])
    .map((kind) => [kind, kinds.filter((k) => k === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${KIND_NAME[kind]}${n === 1 ? "" : "s"}`)
    .join(", ");
}

function where(e: Entry, files: PaperFiles): string {
  const name = unitName(e);
  return e.translation ? `${files.translation}:${e.translation.line} (${name})` : `(${name}, not in ${files.translation})`;
}

/** "paragraph", "headings and paragraphs", "table cell", or "parts" when the kinds are mixed otherwise. */
function nounOf(kinds: ReadonlySet<Entry["source"]["kind"]>, many: boolean): string {
  const only = kinds.size === 1 ? [...kinds][0] : undefined;
  if (only) return `${KIND_NAME[only]}${many ? "s" : ""}`;
  if (kinds.size === 2 && kinds.has("heading") && kinds.has("paragraph")) return many ? "headings and paragraphs" : "heading or paragraph";
  return many ? "parts" : "part";
}

/** One warning listing every heading and paragraph of the translation to revisit, or undefined when there is none. */
export function staleWarning(status: Status, files: PaperFiles): string | undefined {
  const review = needingReview(status);
  if (review.length === 0) return undefined;
  const first = review[0]?.id ?? "";
  const kinds = new Set(review.map((e) => e.source.kind));
  const translation = translationName(files);
  const subject = review.length === 1 ? `1 ${translation} ${nounOf(kinds, false)} translates` : `${review.length} ${translation} ${nounOf(kinds, true)} translate`;
  return [
    `[translation] ${subject} a version of the ${originalName(files)} other than the one acknowledged in ${files.record}:`,
    ...review.map((e) => `  ${where(e, files)}: ${what(e, files)}`),
    `Revise the ${translation}, then run \`npm run translation:ack\` (all) or \`npm run translation:ack -- ${first}\` (one); ${STRICT_VARIABLE}=1 makes this an error.`,
  ].join("\n");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A plain-text table: one row per heading and paragraph, then a count per state. */
export function statusTable(status: Status, files: PaperFiles): string {
  const rows = [
    ["state", "id", translationName(files), originalName(files), "what changed"],
    ...status.entries.map((e) => [
      e.state,
      e.id,
      e.translation ? `${files.translation}:${e.translation.line}` : "—",
      `${files.source}:${e.source.line}`,
      e.state === "stale" ? clip(e.changed.join(" ") || `${plural(e.removed, "sentence", "sentences")} removed`, 40) : "",
    ]),
    ...status.gone.map((id) => ["removed", id, "—", "—", `acknowledged, no longer in the ${originalName(files)}`]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length))) ?? [];
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const count = (state: string) => status.entries.filter((e) => e.state === state).length;
  return [
    ...rows.map(line),
    "",
    `${count("up-to-date")} up to date, ${count("stale")} stale, ${count("new")} new, ${status.gone.length} removed (record: ${files.record})`,
  ].join("\n");
}
