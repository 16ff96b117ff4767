// Reads a PNG's size from its IHDR and the colour of one pixel, so tests can check what a card looks like.
import { inflateSync } from "node:zlib";

export interface Png {
  width: number;
  height: number;
  /** "#rrggbb" of the pixel at (x, y), alpha ignored. */
  colourAt: (x: number, y: number) => string;
}

const SIGNATURE = "89504e470d0a1a0a";

/** The Paeth predictor of the PNG specification (filter type 4). */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Only what resvg writes: 8-bit RGB or RGBA, not interlaced. */
export function readPng(bytes: Buffer): Png {
  if (bytes.subarray(0, 8).toString("hex") !== SIGNATURE) throw new Error("not a PNG (bad signature)");
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") throw new Error("not a PNG (no IHDR first)");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [depth, colourType, , , interlace] = bytes.subarray(24, 29);
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (depth !== 8 || channels === 0 || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.subarray(at + 4, at + 8).toString("ascii") === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i] ?? 0;
      const a = i >= channels ? (pixels[y * stride + i - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + i] ?? 0) : 0;
      const c = y > 0 && i >= channels ? (pixels[(y - 1) * stride + i - channels] ?? 0) : 0;
      const predicted = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      pixels[y * stride + i] = (x + predicted) & 0xff;
    }
  }
  const colourAt = (x: number, y: number) => `#${pixels.subarray(y * stride + x * channels, y * stride + x * channels + 3).toString("hex")}`;
  return { width, height, colourAt };
}
