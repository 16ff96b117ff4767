// The benchmark table: this project's build against a bare Astro build and pandoc, page weight, cards, dev latency.
// Usage: npm run bench [-- --runs 5] [-- --against REF]. Prints one Markdown table of medians; never fails on the figures.
// --against REF adds the project as git commit REF has it, at 1× and 16× and with the library, measured in the same run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { load } from "cheerio";
import { launchBrowser } from "../tests/e2e/support/browser.ts";
import { startDevServer } from "../tests/e2e/support/dev-server.ts";
import { renderSocialCard, type SocialCard } from "../src/lib/cards/social-card.ts";
import { bareVariant, pandocVariant, projectVariant, ROOT, type Variant } from "./variants.ts";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "5" }, against: { type: "string" } } });
const RUNS = Math.max(1, Number.parseInt(args.runs, 10) || 5);

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

interface Run {
  seconds: number;
  /** User plus system CPU seconds: what the build costs, much less swayed than wall time by other work on the machine. */
  cpuSeconds: number;
  peakMiB: number;
}

/** Wall time and peak resident memory of one command (the largest process of its tree), from GNU time. */
function timed(command: string[], cwd: string): Run {
  const out = spawnSync("/usr/bin/time", ["-f", "BENCH %e %M %U %S", ...command], { cwd, encoding: "utf8", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  const match = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(out.stderr);
  if (out.status !== 0 || !match) throw new Error(`${command.join(" ")} failed in ${cwd}:\n${out.stdout}\n${out.stderr}`);
  return { seconds: Number(match[1]), cpuSeconds: Number(match[3]) + Number(match[4]), peakMiB: Number(match[2]) / 1024 };
}

/** Everything a fresh clone does not have: Astro's and Vite's caches, and ours. */
function clearCaches(dir: string): void {
  for (const p of [".astro", "dist", "node_modules/.astro", "node_modules/.vite", "node_modules/.cache/paper-site"]) {
    rmSync(path.join(dir, p), { recursive: true, force: true });
  }
  for (const p of ["node_modules/.astro", "node_modules/.vite", "node_modules/.cache/paper-site"]) rmSync(path.join(ROOT, p), { recursive: true, force: true });
}

function buildCommand(v: Variant): string[] {
  if (v.kind !== "pandoc") return [path.join(ROOT, "node_modules/.bin/astro"), "build"];
  const one = (lang: string) => `pandoc --citeproc --standalone --metadata lang=${lang} --metadata title=${lang} --bibliography references.bib --csl style.csl ${lang}.md -o ${lang}.html`;
  return ["sh", "-c", `${one("zh")} && ${one("en")}`];
}

interface Measured {
  variant: Variant;
  cold: Run[];
  warm: Run[];
}

/**
 * RUNS cold and warm builds of each variant. Variants measured together (a build and its baseline) take
 * turns run by run, so that whatever else the machine does weighs on both alike.
 */
function measure(...group: Variant[]): Measured[] {
  const results = group.map((variant): Measured => ({ variant, cold: [], warm: [] }));
  for (let i = 0; i < RUNS; i++) {
    for (const r of results) {
      if (r.variant.kind !== "pandoc") clearCaches(r.variant.dir);
      r.cold.push(timed(buildCommand(r.variant), r.variant.dir));
      r.warm.push(timed(buildCommand(r.variant), r.variant.dir));
    }
  }
  return results;
}

/** gzip bytes of each built page, and of the text a reader sees on it. */
function pageWeights(dist: string): string {
  return ["index.html", "zh/index.html", "en/index.html"]
    .filter((p) => existsSync(path.join(dist, p)))
    .map((p) => {
      const html = readFileSync(path.join(dist, p), "utf8");
      const $ = load(html);
      $("script, style, template, head").remove();
      const text = $("body").text().replace(/\s+/g, " ");
      const kib = (s: string) => (gzipSync(s).length / 1024).toFixed(1);
      return `${p === "index.html" ? "/" : `/${path.dirname(p)}/`} ${kib(html)}/${kib(text)}`;
    })
    .join("; ");
}

async function cardMs(): Promise<number> {
  const card = (lang: "zh" | "en" | "mul", title: string, secondaryTitle: string): SocialCard => ({ id: lang, lang, title, secondaryTitle, siteName: "论文 · Paper", languageLabel: lang, url: "example.github.io/paper/" });
  const zh = "互联网金融的业务模式与发展趋势：以蚂蚁金服为例";
  const en = "The Business Model and Development Trend of Internet Finance: A Case Study of Ant Financial";
  const cards = [card("zh", zh, en), card("en", en, zh), card("mul", zh, en)];
  await renderSocialCard(cards[0] as SocialCard); // fonts and WebAssembly start-up, paid once per build
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const c of cards) {
      const t = performance.now();
      await renderSocialCard(c);
      times.push(performance.now() - t);
    }
  }
  return median(times);
}

/** Milliseconds from saving a title into references.bib to the open page showing it, in `astro dev`. */
async function devLatency(dir: string): Promise<number> {
  const server = await startDevServer(dir);
  const browser = await launchBrowser();
  const bibFile = path.join(dir, "bibliography/references.bib");
  const original = readFileSync(bibFile, "utf8");
  const times: number[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/zh/`);
    // Vite may reload the page once after its first dependency scan; an edit is measured after that.
    await page.waitForTimeout(3000);
    for (let i = 0; i < RUNS; i++) {
      const title = `基准测试书名${i}`;
      const start = performance.now();
      writeFileSync(bibFile, original.replace("@misc{ref01,\n}", `@book{ref01,\n  title = {${title}},\n  date = {2020},\n}`));
      await page.waitForFunction((t) => document.body.innerText.includes(t), title, { timeout: 30_000 });
      times.push(performance.now() - start);
    }
  } finally {
    writeFileSync(bibFile, original);
    await browser.close();
    await server.close();
  }
  return median(times);
}

const f = (x: number, digits = 2) => x.toFixed(digits);

const variants = [projectVariant(1, false), bareVariant(1), pandocVariant(1, false), projectVariant(16, false), bareVariant(16), pandocVariant(16, false), projectVariant(1, true), pandocVariant(1, true)];
/** With --against, each project build's baseline: the same build of that commit, measured turn about with it. */
const baselineOf = new Map(
  args.against ? variants.filter((v) => v.kind === "project").map((v) => [v, projectVariant(v.times, v.library, args.against)] as const) : [],
);
const pandoc = spawnSync("pandoc", ["--version"]).status === 0;
const results: Measured[] = [];
for (const v of variants) {
  if (v.kind === "pandoc" && !pandoc) continue;
  const group = [v, ...(baselineOf.has(v) ? [baselineOf.get(v) as Variant] : [])];
  process.stderr.write(`measuring ${group.map((g) => g.name).join(" and ")}…\n`);
  results.push(...measure(...group));
}
const cards = await cardMs();
process.stderr.write("measuring the dev server…\n");
const dev = await devLatency((variants[0] as Variant).dir);

const bareOf = (times: number) => results.find((r) => r.variant.kind === "bare" && r.variant.times === times);
const machine = `${execFileSync("nproc").toString().trim()} cores, ${(Number(/MemTotal:\s+(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1]) / 1024 / 1024).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\nBenchmark ${new Date().toISOString().slice(0, 10)} (${machine}); medians of ${RUNS} runs; ratios against the bare Astro build of the same length.\n`);
console.log("| build | cold s | warm s | peak MiB | cold ÷ bare | warm ÷ bare | memory ÷ bare | gzip KiB page/visible text | ms per card | dev .bib edit → page, ms |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  const bare = bareOf(r.variant.times);
  const cold = median(r.cold.map((x) => x.seconds));
  const warm = median(r.warm.map((x) => x.seconds));
  const mem = median(r.cold.map((x) => x.peakMiB));
  const ratio = (a: number, b: number | undefined) => (b === undefined || r.variant.kind === "bare" ? "—" : f(a / b));
  const isMain = r.variant.kind === "project" && r.variant.times === 1 && !r.variant.library && !r.variant.ref;
  console.log(
    `| ${r.variant.name} | ${f(cold)} | ${f(warm)} | ${f(mem, 0)} | ${ratio(cold, bare && median(bare.cold.map((x) => x.seconds)))} | ${ratio(warm, bare && median(bare.warm.map((x) => x.seconds)))} | ${ratio(mem, bare && median(bare.cold.map((x) => x.peakMiB)))} | ${r.variant.kind === "project" ? pageWeights(path.join(r.variant.dir, "dist")) : "—"} | ${isMain ? f(cards, 1) : "—"} | ${isMain ? f(dev, 0) : "—"} |`,
  );
}
// Issue 8's library goal compares the library build with the project's own, not with bare Astro.
const own = results.find((r) => r.variant.kind === "project" && r.variant.times === 1 && !r.variant.library && !r.variant.ref);
const library = results.find((r) => r.variant.kind === "project" && r.variant.library && !r.variant.ref);
if (own && library) {
  const ratio = (pick: (m: Measured) => Run[]) => f(median(pick(library).map((x) => x.seconds)) / median(pick(own).map((x) => x.seconds)));
  console.log(`\nThe 10,000-entry library against the paper's own bibliography (project 1×): cold ${ratio((m) => m.cold)}×, warm ${ratio((m) => m.warm)}×.`);
}
// A refactor must be no slower: each build of the working tree against the same build of the baseline commit.
for (const before of results.filter((r) => r.variant.ref)) {
  const after = results.find((r) => r.variant.kind === "project" && !r.variant.ref && r.variant.times === before.variant.times && r.variant.library === before.variant.library);
  if (!after) continue;
  const ratio = (pick: (m: Measured) => Run[], of: (x: Run) => number) => f(median(pick(after).map(of)) / median(pick(before).map(of)));
  console.log(
    `${after.variant.name} against ${before.variant.name}: cold ${ratio((m) => m.cold, (x) => x.seconds)}× (CPU ${ratio((m) => m.cold, (x) => x.cpuSeconds)}×), warm ${ratio((m) => m.warm, (x) => x.seconds)}× (CPU ${ratio((m) => m.warm, (x) => x.cpuSeconds)}×), memory ${ratio((m) => m.cold, (x) => x.peakMiB)}×.`,
  );
}
for (const v of [...variants, ...baselineOf.values()]) rmSync(v.dir, { recursive: true, force: true });
