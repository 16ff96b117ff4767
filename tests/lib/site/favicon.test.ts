import { describe, expect, it } from "vitest";
import { icoFromPngs } from "../../../src/lib/site/favicon.ts";

describe("icoFromPngs", () => {
  it("writes the ICO header and one directory entry per PNG, pointing at its bytes", () => {
    const a = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1]);
    const b = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 2, 3]);
    const ico = icoFromPngs([{ size: 16, png: a }, { size: 256, png: b }]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[7], view.getUint16(6 + 6, true), view.getUint32(6 + 8, true), view.getUint32(6 + 12, true)]).toEqual([16, 16, 32, 5, 38]);
    // 256 pixels is stored as 0.
    expect([ico[22], ico[23], view.getUint32(22 + 8, true), view.getUint32(22 + 12, true)]).toEqual([0, 0, 6, 43]);
    expect([...ico.slice(38)]).toEqual([...a, ...b]);
  });

  it("refuses a size the format cannot hold", () => {
    expect(() => icoFromPngs([{ size: 512, png: new Uint8Array(1) }])).toThrow(/512/);
  });
});
