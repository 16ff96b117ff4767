// The social-card cache: a hit returns the stored PNG without rendering; any change to text or renderer misses.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cachedCard, rendererFingerprint } from "../../../src/lib/cards/cache.ts";

const root = mkdtempSync(path.join(tmpdir(), "card-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the card cache", () => {
  it("renders a card once, then serves it from node_modules/.cache until its text or the renderer changes", async () => {
    const render = vi.fn(async () => new Uint8Array([1, 2, 3]));
    const card = { id: "og/zh.png", title: "标题" };
    expect(await cachedCard(root, card, "r1", render)).toEqual(new Uint8Array([1, 2, 3]));
    expect(Buffer.from(await cachedCard(root, card, "r1", render))).toEqual(Buffer.from([1, 2, 3]));
    expect(render).toHaveBeenCalledTimes(1);
    await cachedCard(root, { ...card, title: "新标题" }, "r1", render);
    await cachedCard(root, card, "r2", render);
    expect(render).toHaveBeenCalledTimes(3);
  });

  it("fingerprints the renderer's code and packages", () => {
    const here = rendererFingerprint(process.cwd());
    expect(here).toMatch(/^[0-9a-f]{64}$/);
    expect(rendererFingerprint(root)).not.toBe(here);
  });
});
