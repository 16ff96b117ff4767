// A content-addressed cache of rendered social cards, so that a rebuild with nothing changed renders none.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const CARD_CACHE_DIR = "node_modules/.cache/paper-site/cards";

/**
 * Everything a card's pixels depend on besides its text: the renderer's own code and the installed
 * font and renderer packages. A change to any of them gives every card a new key.
 */
export function rendererFingerprint(root: string): string {
  const hash = createHash("sha256");
  const lib = path.join(root, "src/lib/cards");
  for (const name of (existsSync(lib) ? readdirSync(lib) : []).filter((f) => /^(social-card|fonts|glyph-coverage|woff)/.test(f)).sort()) {
    hash.update(name).update(readFileSync(path.join(lib, name)));
  }
  // The cards break titles into words with the pages' own segmentation, by the locale table's scripts and locales.
  for (const name of ["typography/words.ts", "i18n/locales.ts"]) {
    const file = path.join(root, "src/lib", name);
    if (existsSync(file)) hash.update(name).update(readFileSync(file));
  }
  for (const pkg of ["@fontsource/noto-sans-sc", "satori", "@resvg/resvg-js", "fontkitten"]) {
    const manifest = path.join(root, "node_modules", pkg, "package.json");
    hash.update(pkg).update(existsSync(manifest) ? readFileSync(manifest) : "");
  }
  return hash.digest("hex");
}

/** The cached PNG for this card and renderer, or a fresh one (then kept for next time). */
export async function cachedCard(root: string, card: unknown, fingerprint: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const key = createHash("sha256").update(fingerprint).update(JSON.stringify(card)).digest("hex");
  const file = path.join(root, CARD_CACHE_DIR, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await render();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
  } catch {
    // A read-only node_modules only loses the cache, never the card.
  }
  return png;
}
