// Which parts (headings, paragraphs, captions, cells, footnotes, equations…) of the translation translate the original as it is now, and which an older or no acknowledged version.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Script } from "../i18n/locales.ts";
import type { Unit } from "./units.ts";

/**
 * What was acknowledged, per id: one short digest per sentence of the original. Sentence
 * digests (rather than one per paragraph) let a warning quote exactly the sentences that changed.
 */
export const AcknowledgedSchema = z.record(z.string().regex(/^(sec|fig|tbl|eq|fn)-[A-Za-z0-9_-]+$/, "keys are the page's ids, like sec-2-1-p3, tbl-users-r2c3 or eq-demand"), z.array(z.string().regex(/^[0-9a-f]{8}$/, "digests are 8 hex digits")));
export type Acknowledged = z.infer<typeof AcknowledgedSchema>;

export type State = "up-to-date" | "stale" | "new";

export interface Entry {
  id: string;
  state: State;
  source: Unit;
  /** The translation's unit with the same id, when it has one. */
  translation: Unit | undefined;
  /** Sentences of the source that were not in the acknowledged version. */
  changed: string[];
  /** How many acknowledged sentences are no longer in the source. */
  removed: number;
  /** Another id whose acknowledged text this unit's text now is (paragraphs moved or reordered). */
  movedFrom: string | undefined;
}

export interface Status {
  entries: Entry[];
  /** Acknowledged ids that no longer exist in the source. */
  gone: string[];
}

/** Line breaks and runs of spaces are layout, not wording: reflowing a paragraph changes nothing. */
export function normalize(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Where a sentence ends, by the original's script: in Han text at 。！？ (or ! ?), in Latin text at . ! ?
 * before a space; either with any closing quotes or brackets that follow.
 */
const SENTENCE_END: Record<Script, RegExp> = {
  han: /([。！？!?]+[”’」』）)]*)/g,
  latin: /([.!?]+[”’"')\]]*)(?=\s)/g,
};

/** A heading's number ("2.", "2.1."), which a full stop ends but which is no sentence. */
const SECTION_NUMBER = /^\d+(?:\.\d+)*\.$/;

export function sentences(text: string, script: Script = "han"): string[] {
  const pieces = normalize(text)
    .replace(SENTENCE_END[script], "$1\u0000")
    .split("\u0000")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return pieces.reduce<string[]>((out, piece) => {
    const last = out.at(-1);
    if (last !== undefined && SECTION_NUMBER.test(last)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
    return out;
  }, []);
}

export function digest(sentence: string): string {
  return createHash("sha256").update(sentence).digest("hex").slice(0, 8);
}

export function fingerprint(text: string, script: Script = "han"): string[] {
  return sentences(text, script).map(digest);
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** `script`: the original's (LOCALES[original].script), which says where its sentences end. */
export function translationStatus(source: readonly Unit[], translation: readonly Unit[], acknowledged: Acknowledged, script: Script = "han"): Status {
  const byId = new Map(translation.map((u) => [u.id, u]));
  const entries = source.map((unit): Entry => {
    const now = fingerprint(unit.text, script);
    const then = acknowledged[unit.id];
    const base = { id: unit.id, source: unit, translation: byId.get(unit.id), movedFrom: undefined };
    if (!then) return { ...base, state: "new", changed: sentences(unit.text, script), removed: 0 };
    if (same(now, then)) return { ...base, state: "up-to-date", changed: [], removed: 0 };
    const movedFrom = Object.entries(acknowledged).find(([id, digests]) => id !== unit.id && same(now, digests))?.[0];
    return {
      ...base,
      state: "stale",
      changed: sentences(unit.text, script).filter((_, i) => !then.includes(now[i] ?? "")),
      removed: then.filter((d) => !now.includes(d)).length,
      movedFrom,
    };
  });
  const ids = new Set(source.map((u) => u.id));
  return { entries, gone: Object.keys(acknowledged).filter((id) => !ids.has(id)) };
}

/**
 * The record after the translation has been reviewed: every source unit that has a translation,
 * or only `ids` (the others keep what they had). Ids gone from the source are dropped.
 */
export function acknowledge(source: readonly Unit[], translation: readonly Unit[], acknowledged: Acknowledged, ids?: readonly string[], script: Script = "han"): Acknowledged {
  const translated = new Set(translation.map((u) => u.id));
  const next: Acknowledged = {};
  for (const unit of source) {
    const previous = acknowledged[unit.id];
    if (translated.has(unit.id) && (!ids || ids.includes(unit.id))) next[unit.id] = fingerprint(unit.text, script);
    else if (previous) next[unit.id] = previous;
  }
  return next;
}
