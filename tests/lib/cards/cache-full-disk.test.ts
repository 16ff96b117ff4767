// The card cache on a full disk: the write stops part-way (ENOSPC), the build still gets the whole card, and no broken entry is ever served.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

// Every write to the cache folder stops half-way with ENOSPC, as on a full disk.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeFileSync: typeof fs.writeFileSync = (file, data, options) => {
    if (String(file).includes("paper-site/cards") && data instanceof Uint8Array) {
      fs.writeFileSync(file, data.subarray(0, data.length >> 1), options);
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }
    fs.writeFileSync(file, data, options);
  };
  return { ...fs, writeFileSync, default: { ...fs, writeFileSync } };
});

const { CARD_CACHE_DIR, cachedCard } = await import("../../../src/lib/cards/cache.ts");

const root = mkdtempSync(path.join(tmpdir(), "card-cache-full-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

describe("the card cache on a full disk", () => {
  it("returns the whole card, leaves no entry or temporary file, and renders again next time", async () => {
    const render = vi.fn(async () => PNG);
    expect(await cachedCard(root, { id: "og/zh.png" }, "r", render)).toEqual(PNG);
    const dir = path.join(root, CARD_CACHE_DIR);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    expect(await cachedCard(root, { id: "og/zh.png" }, "r", render)).toEqual(PNG);
    expect(render).toHaveBeenCalledTimes(2);
  });
});
