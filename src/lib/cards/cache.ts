// A content-addressed cache of rendered social cards, so that a rebuild with nothing changed renders none.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { moduleDigest } from "../cache/module-digest.ts";

export const CARD_CACHE_DIR = "node_modules/.cache/paper-site/cards";

/** The module src/pages/og/[card].png.ts imports to render a card; a card's text comes in as its argument. */
export const CARD_RENDERER = "src/lib/cards/social-card.ts";

/**
 * Everything a card's pixels depend on besides its text: the renderer and every module it imports,
 * transitively (the card's size in social-meta.ts, its design, fonts and line breaking), and the installed
 * versions of the packages they import (satori, resvg, the font). A change to any of them gives every
 * card a new key.
 */
export function rendererFingerprint(root: string): string {
  return moduleDigest(root, [CARD_RENDERER]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The last chunk of every PNG: length 0, type "IEND", and its fixed CRC. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** A whole PNG begins with the signature and ends with IEND: an empty or cut-off file (a full disk, a killed build) does not. */
export function isCompletePng(bytes: Uint8Array): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return data.length >= PNG_SIGNATURE.length + PNG_END.length && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.subarray(-PNG_END.length).equals(PNG_END);
}

/**
 * Written whole or not at all: the PNG goes to a temporary file in the same folder, then is renamed over
 * the entry (a rename within one file system is atomic), so a reader never finds half a card.
 */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch {
    // A full disk or a read-only node_modules only loses the cache, never the card; what part of the
    // PNG was written stays under the temporary name, which is never read, and is removed if it can be.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written where nothing can be removed.
    }
  }
}

/** The cached PNG for this card and renderer, or a fresh one (then kept for next time). */
export async function cachedCard(root: string, card: unknown, fingerprint: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const key = createHash("sha256").update(fingerprint).update(JSON.stringify(card)).digest("hex");
  const file = path.join(root, CARD_CACHE_DIR, `${key}.png`);
  if (existsSync(file)) {
    const cached = readFileSync(file);
    // Anything else (a cache written before writes were atomic, a damaged disk) is rendered again and replaced.
    if (isCompletePng(cached)) return cached;
  }
  const png = await render();
  if (!isCompletePng(png)) throw new Error(`The social card renderer returned ${png.byteLength} bytes that are not a whole PNG.`);
  writeAtomically(file, png);
  return png;
}
