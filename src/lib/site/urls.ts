// Builds site-relative and absolute URLs under the configured base path.

/** A path under the base: ("/repo/", "en/") → "/repo/en/". */
export function withBase(base: string, path = ""): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, "")}`;
}

/** An absolute URL: ("https://u.github.io", "/repo/", "en/") → "https://u.github.io/repo/en/". */
export function absoluteUrl(site: string | URL, base: string, path = ""): string {
  return new URL(withBase(base, path), site).href;
}

/** The route of a language version of the paper, relative to the base. */
export function paperPath(lang: string): string {
  return `${lang}/`;
}

/** The route of the side-by-side view in an interface language, relative to the base. */
export function parallelPath(lang: string): string {
  return `${lang}/parallel/`;
}
