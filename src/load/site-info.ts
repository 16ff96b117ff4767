// The site a route is built for, from Astro's configuration and the environment.
import type { SiteInfo } from "../lib/page-data/site-info.ts";
import { pdfEnabled } from "../lib/pdf/switch.ts";

/** `site` is Astro.site (or the route context's), undefined in `astro dev` without SITE_URL. */
export function siteInfo(site: URL | undefined): SiteInfo {
  return {
    site: site ?? new URL("http://localhost:4321"),
    base: import.meta.env.BASE_URL,
    // BUILD_PDF=1 on `astro build`; `astro dev` never has them.
    pdf: import.meta.env.PROD && pdfEnabled(process.env),
  };
}
