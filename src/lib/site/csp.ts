// The Content-Security-Policy's parts that Astro does not make: the fixed directives, inline hashes, and the meta tag first in <head>.
import { createHash } from "node:crypto";

/**
 * Everything but scripts and styles (Astro writes script-src and style-src with the hashes of its own
 * inline code): same-origin only, no plugins, no <base> rewriting, forms post nowhere else.
 * frame-ancestors is ignored in a meta tag and GitHub Pages sends no headers (README, "Security").
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** A CSP hash source for an inline script or style, exactly as the browser hashes its text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET_META = /<meta charset="utf-8"\s*\/?>/i;

/**
 * The page with its CSP meta tag moved right after <meta charset>: a policy in a meta tag governs only
 * what follows it, and Astro writes it at the end of <head>, after the inline theme script and styles.
 * Fails when a page has no policy, so a page can never be published without one.
 */
export function cspMetaFirst(html: string, file: string): string {
  const meta = CSP_META.exec(html)?.[0];
  if (meta === undefined) throw new Error(`${file}: no Content-Security-Policy meta tag (security.csp in astro.config.mjs).`);
  const without = html.replace(meta, "");
  const charset = CHARSET_META.exec(without);
  if (charset === null) throw new Error(`${file}: no <meta charset="utf-8"> to put the Content-Security-Policy after.`);
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}
