// Derives the site origin and base path from the environment, so one build serves any GitHub Pages URL.

export interface SiteConfig {
  /** Origin (and any path GitHub Pages puts before the base), e.g. https://user.github.io */
  site: string;
  /** Base path with leading and trailing slash, e.g. /repo/ or / */
  base: string;
}

export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const site = (env["SITE_URL"] ?? "http://localhost:4321").trim().replace(/\/+$/, "");
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://user.github.io (got "${site}").`);
  }
  return { site, base: normalizeBase(env["BASE_PATH"]) };
}
