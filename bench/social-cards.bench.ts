// Times social-card rendering per stage against the 100 ms-per-card goal; prints figures and never fails on them.
// Usage: npm run bench [-- --reps 10] [-- --out /tmp/cards]   (--out also writes each real card's PNG there)
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadNotoSansSc, preloadFamily } from "../src/lib/cards/fonts.ts";
import { prepareSocialCard, renderSocialCard, socialCardSvg, svgToPng } from "../src/lib/cards/social-card.ts";
import type { SocialCard } from "../src/lib/cards/social-card.ts";

const GOAL_MS = 100;
const ZH_TITLE = "互联网金融的业务模式与发展趋势：以蚂蚁金服为例";
const EN_TITLE = "The Business Model and Development Trend of Internet Finance: A Case Study of Ant Financial";
const SITE = "互联网金融论文 · Paper";

const ZH_CARD: SocialCard = { id: "zh", lang: "zh", title: ZH_TITLE, secondaryTitle: EN_TITLE, siteName: SITE, languageLabel: "中文", url: "paper.example/zh/" };

/** The three cards the site publishes: one per language and the bilingual root. */
const CARDS: readonly SocialCard[] = [
  ZH_CARD,
  { id: "en", lang: "en", title: EN_TITLE, secondaryTitle: ZH_TITLE, siteName: SITE, languageLabel: "English", url: "paper.example/en/" },
  { id: "root", lang: "mul", title: ZH_TITLE, secondaryTitle: EN_TITLE, siteName: SITE, languageLabel: "中文 · English", url: "paper.example/" },
];

interface Timing {
  prepare: number;
  satori: number;
  png: number;
  total: number;
}

async function timeCard(card: SocialCard): Promise<Timing> {
  const t0 = performance.now();
  const prepared = await prepareSocialCard(card);
  const t1 = performance.now();
  const svg = await socialCardSvg(prepared);
  const t2 = performance.now();
  svgToPng(svg);
  const t3 = performance.now();
  return { prepare: t1 - t0, satori: t2 - t1, png: t3 - t2, total: t3 - t0 };
}

function summary(label: string, values: readonly number[]): string {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return `${label.padEnd(34)} mean ${mean.toFixed(1).padStart(6)} ms   max ${Math.max(...values).toFixed(1).padStart(6)} ms`;
}

const { values: args } = parseArgs({ options: { reps: { type: "string", default: "10" }, out: { type: "string" } } });
const reps = Math.max(1, Number.parseInt(args.reps, 10) || 10);

const loadStart = performance.now();
const family = await loadNotoSansSc();
await preloadFamily(family, [400, 700]);
const loadMs = performance.now() - loadStart;
console.log(`fonts: ${family.slices.length} slices × 2 weights read in ${loadMs.toFixed(1)} ms`);

// The first card also pays for instantiating the yoga WebAssembly module and warming satori up: shown, not averaged.
const cold = await timeCard(ZH_CARD);
console.log(`first card (cold, wasm start-up): ${cold.total.toFixed(1)} ms`);

const timings: Timing[] = [];
const runStart = performance.now();
for (let rep = 0; rep < reps; rep++) for (const card of CARDS) timings.push(await timeCard(card));
const runMs = performance.now() - runStart;

console.log(`\n${timings.length} cards (${CARDS.length} kinds × ${reps}), after fonts loaded:`);
console.log(summary("  font slices + glyph check + title fit", timings.map((t) => t.prepare)));
console.log(summary("  satori (layout → SVG)", timings.map((t) => t.satori)));
console.log(summary("  resvg (SVG → PNG)", timings.map((t) => t.png)));
console.log(summary("  per card", timings.map((t) => t.total)));
console.log(`  total ${runMs.toFixed(0)} ms for ${timings.length} cards`);
const worst = Math.max(...timings.map((t) => t.total));
console.log(`goal ≤ ${GOAL_MS} ms per card: ${worst <= GOAL_MS ? "met" : "MISSED"} (worst ${worst.toFixed(1)} ms)`);

if (args.out) {
  await mkdir(args.out, { recursive: true });
  for (const card of CARDS) await writeFile(join(args.out, `${card.id}.png`), await renderSocialCard(card));
  console.log(`wrote ${CARDS.map((card) => `${card.id}.png`).join(", ")} to ${args.out}`);
}
