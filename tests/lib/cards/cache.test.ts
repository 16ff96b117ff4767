// The social-card cache: a hit returns the stored PNG without rendering; any change to text or renderer misses; a broken entry is never served.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { CARD_CACHE_DIR, CARD_RENDERER, cachedCard, isCompletePng, rendererFingerprint } from "../../../src/lib/cards/cache.ts";
import { moduleGraph } from "../../../src/lib/cache/module-digest.ts";

const root = mkdtempSync(path.join(tmpdir(), "card-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The smallest whole PNG: the signature, a 1×1 IHDR, an empty IDAT, IEND (CRCs not checked by the cache). */
function png(marker: number): Uint8Array {
  const chunk = (type: string, data: number[]) => [0, 0, 0, data.length, ...Buffer.from(type), ...data, 0, 0, 0, marker];
  const end = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]), ...chunk("IDAT", []), ...end]);
}

const cacheFiles = () => readdirSync(path.join(root, CARD_CACHE_DIR));

describe("the card cache", () => {
  it("renders a card once, then serves it from node_modules/.cache until its text or the renderer changes", async () => {
    const render = vi.fn(async () => png(1));
    const card = { id: "og/zh.png", title: "标题" };
    expect(await cachedCard(root, card, "r1", render)).toEqual(png(1));
    expect(Buffer.from(await cachedCard(root, card, "r1", render))).toEqual(Buffer.from(png(1)));
    expect(render).toHaveBeenCalledTimes(1);
    await cachedCard(root, { ...card, title: "新标题" }, "r1", render);
    await cachedCard(root, card, "r2", render);
    expect(render).toHaveBeenCalledTimes(3);
    // Written through a temporary file that is renamed: none is left behind.
    expect(cacheFiles().every((f) => f.endsWith(".png"))).toBe(true);
  });

  it.each([
    ["empty", () => new Uint8Array()],
    ["cut off before IEND", () => png(2).subarray(0, 40)],
    ["not a PNG", () => new Uint8Array(Buffer.from("<!doctype html> not a card"))],
  ])("renders again and replaces a cached entry that is %s", async (_, broken) => {
    const card = { id: "og/en.png", title: "Title" };
    await cachedCard(root, card, "r3", async () => png(2));
    const [entry] = cacheFiles().filter((f) => readFileSync(path.join(root, CARD_CACHE_DIR, f)).equals(Buffer.from(png(2))));
    expect(entry).toBeDefined();
    const file = path.join(root, CARD_CACHE_DIR, entry ?? "");
    writeFileSync(file, broken());
    const render = vi.fn(async () => png(3));
    expect(Buffer.from(await cachedCard(root, card, "r3", render))).toEqual(Buffer.from(png(3)));
    expect(render).toHaveBeenCalledTimes(1);
    expect(readFileSync(file)).toEqual(Buffer.from(png(3)));
    rmSync(file);
  });

  it("never publishes or caches what the renderer returns if it is not a whole PNG", async () => {
    const before = cacheFiles();
    await expect(cachedCard(root, { id: "og/broken.png" }, "r4", async () => png(4).subarray(0, 30))).rejects.toThrow(/not a whole PNG/);
    expect(cacheFiles()).toEqual(before);
  });

  it("still returns the card when the cache cannot be written", async () => {
    // A file where the cache folder should be: mkdir fails, as on a read-only or full disk.
    const blocked = mkdtempSync(path.join(tmpdir(), "card-cache-blocked-"));
    try {
      writeFileSync(path.join(blocked, "node_modules"), "");
      expect(await cachedCard(blocked, { id: "og/zh.png" }, "r5", async () => png(5))).toEqual(png(5));
    } finally {
      rmSync(blocked, { recursive: true, force: true });
    }
  });

  it("recognises whole PNGs only", () => {
    expect(isCompletePng(png(6))).toBe(true);
    expect(isCompletePng(png(6).subarray(0, png(6).length - 1))).toBe(false);
    expect(isCompletePng(new Uint8Array())).toBe(false);
  });
});

describe("the renderer's fingerprint", () => {
  it("is derived from the renderer's module graph: the card's size, design, fonts and line breaking, and the packages they use", () => {
    const { modules, packages } = moduleGraph(process.cwd(), [CARD_RENDERER]);
    expect(modules).toEqual(expect.arrayContaining(["src/lib/cards/social-card.ts", "src/lib/cards/social-meta.ts", "src/lib/cards/fonts.ts", "src/lib/cards/woff.ts", "src/lib/typography/words.ts"]));
    expect(Object.keys(packages)).toEqual(expect.arrayContaining(["satori", "@resvg/resvg-js", "fontkitten", "@fontsource/noto-sans-sc"]));
    expect(rendererFingerprint(process.cwd())).toMatch(/^[0-9a-f]{64}$/);
  });

  it("fails rather than guess when the renderer is missing", () => {
    expect(() => rendererFingerprint(root)).toThrow();
  });
});
