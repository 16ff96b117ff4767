// Runs Lighthouse (mobile preset, the default) in Debian's Chromium and returns the four category scores.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import { CHROMIUM, CHROMIUM_FLAGS } from "./browser.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where the JSON reports go: under tests/.tmp/, which git ignores. */
export const REPORT_DIR = path.resolve("tests/.tmp/lighthouse");

export interface Audit {
  scores: Record<Category, number>;
  /** Ids and titles of the audits that lost points, for readable failures. */
  failing: string[];
  lhr: Result;
  /** How many runs the result is the median of. */
  runs: number;
}

/**
 * Audits each URL in turn in one Chromium; writes `<name>.json` reports to REPORT_DIR. Performance is
 * timed on a shared machine and varies from run to run, so a page that scores below 100 anywhere is
 * audited twice more and the median run (by performance) counts, as Lighthouse's docs advise for
 * variance; `once` skips that (for a page meant to fail).
 */
export async function audit(pages: { name: string; url: string; once?: boolean }[]): Promise<Map<string, Audit>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless", ...CHROMIUM_FLAGS] });
  const results = new Map<string, Audit>();
  const run = async (url: string): Promise<{ audit: Audit; report: string }> => {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { audit: summarise(result.lhr), report: String(result.report) };
  };
  try {
    mkdirSync(REPORT_DIR, { recursive: true });
    for (const { name, url, once } of pages) {
      const runs = [await run(url)];
      if (!once && CATEGORIES.some((c) => (runs[0]?.audit.scores[c] ?? 0) < 100)) runs.push(await run(url), await run(url));
      runs.sort((a, b) => a.audit.scores.performance - b.audit.scores.performance);
      const median = runs[Math.floor(runs.length / 2)];
      if (!median) continue;
      writeFileSync(path.join(REPORT_DIR, `${name}.json`), median.report);
      results.set(name, { ...median.audit, runs: runs.length });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

function summarise(lhr: Result): Audit {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a): a is NonNullable<typeof a> => a !== undefined && a.score !== null && a.score < 1)
      .map((a) => `${c}: ${a.id} (${a.title}) score ${a.score}`),
  );
  return { scores, failing, lhr, runs: 1 };
}
