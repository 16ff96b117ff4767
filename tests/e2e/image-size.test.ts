// Every responsive variant of the demo's figure is no larger than the PNG of the same width: the image service
// keeps the smaller of lossy and lossless WebP (src/integrations/image-service.ts). Checked on the demo's own
// figure and on a chart like the one that gave 7–11 kB WebP variants of a smaller PNG: few colours, thin lines, text.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProject } from "./support/demo-project.ts";
import type { FixtureProject } from "./support/fixture-project.ts";

const FIGURE = "content/paper/growth.png";

/** A 1600×1000 bar chart with a grid and labels, in a four-colour palette, as a plotting tool exports it. */
async function flatChart(): Promise<Buffer> {
  let grid = "";
  for (let y = 100; y <= 900; y += 40) grid += `<line x1="100" y1="${y}" x2="1550" y2="${y}" stroke="#999" stroke-width="1" shape-rendering="crispEdges"/>`;
  for (let i = 0; i < 30; i++) grid += `<text x="${110 + (i % 6) * 240}" y="${130 + Math.floor(i / 6) * 160}" font-size="22" font-family="DejaVu Sans">Users ${2013 + i} (${i * 7}%)</text>`;
  const bars = [80, 130, 190, 260, 330, 400].map((h, i) => `<rect x="${150 + i * 220}" y="${900 - h * 2}" width="140" height="${h * 2}" fill="#3b6ea5" shape-rendering="crispEdges"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="#fff"/>${grid}${bars.join("")}</svg>`;
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 4 }).toBuffer();
}

interface Variant {
  file: string;
  width: number;
  bytes: number;
  /** The same figure at the same width as a PNG, the source's format, as Astro's sharp service writes one. */
  png: number;
}

async function variants(project: FixtureProject): Promise<Variant[]> {
  const source = readFileSync(path.join(project.dir, FIGURE));
  const dir = path.join(project.dir, "dist/_astro");
  const files = readdirSync(dir).filter((f) => f.startsWith("growth.") && f.endsWith(".webp"));
  return Promise.all(
    files.map(async (file) => {
      const data = readFileSync(path.join(dir, file));
      const width = (await sharp(data).metadata()).width;
      const png = (await sharp(source).resize({ width, withoutEnlargement: true }).png().toBuffer()).byteLength;
      return { file, width, bytes: data.byteLength, png };
    }),
  );
}

const builds: Record<"demo" | "chart", Variant[]> = { demo: [], chart: [] };
const projects: FixtureProject[] = [];

beforeAll(async () => {
  for (const kind of ["demo", "chart"] as const) {
    const project = demoProject();
    projects.push(project);
    if (kind === "chart") writeFileSync(path.join(project.dir, FIGURE), await flatChart());
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    builds[kind] = await variants(project);
  }
});
afterAll(() => projects.forEach((p) => p.dispose()));

describe("the demo's figure variants", () => {
  for (const kind of ["demo", "chart"] as const) {
    it(`are no larger than the PNG of the same width (${kind === "demo" ? "the demo's figure" : "a flat chart with text"})`, () => {
      const found = builds[kind];
      expect(found.map((v) => v.width).sort((a, b) => a - b)).toEqual([640, 750, 828, 1080, 1280, 1600]);
      expect(found.filter((v) => v.bytes > v.png)).toEqual([]);
    });
  }
});
