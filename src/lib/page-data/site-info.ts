// What a route knows of the site it is built for: its origin, base path and whether the PDFs are printed.

export interface SiteInfo {
  site: URL;
  /** The base path, with its trailing slash ("/", "/repo/"). */
  base: string;
  /** Whether this build prints the PDFs (BUILD_PDF=1 on `astro build`; `astro dev` never has them). */
  pdf: boolean;
}
