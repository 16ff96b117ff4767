// `astro dev` only: Astro's error page gets the same freshness check as every page (freshness-check.ts).
import type { ServerResponse } from "node:http";
import type { Connect } from "vite";
import { fingerprintInputs } from "../../lib/inputs/fingerprint.ts";
import { freshnessCheck } from "./freshness-check.ts";

/**
 * Astro answers a page whose render failed with a blank page that loads the live-reload client, and sends the
 * error overlay over its socket 200 ms later. A tab whose socket connects after the next save's reload was sent
 * (a save that lands while the page renders, read half-written; a busy machine) stays on that page for good:
 * blank, or showing an error the files no longer have. So the error page, too, asks once loaded whether the
 * data files changed since its request began. Pages Astro renders carry the check themselves (DevFreshness.astro).
 */
export function errorPageCheck(root: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (req.method !== "GET" || !req.headers.accept?.includes("text/html")) return next();
    const digest = fingerprintInputs(root);
    let failed = false;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      failed = status >= 500;
      // The script lengthens the page; Astro gave its length.
      if (failed) for (const headers of rest) if (headers && typeof headers === "object" && !Array.isArray(headers)) dropLength(headers as Record<string, unknown>);
      if (failed) res.removeHeader("content-length");
      return writeHead(status, ...rest);
    }) as typeof res.writeHead;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      if (failed && String(res.getHeader("content-type") ?? "text/html").includes("text/html")) res.write(`<script>${freshnessCheck(digest)}</script>`);
      return end(...args);
    }) as typeof res.end;
    next();
  };
}

function dropLength(headers: Record<string, unknown>): void {
  for (const name of Object.keys(headers)) if (name.toLowerCase() === "content-length") delete headers[name];
}
