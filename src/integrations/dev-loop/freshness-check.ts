// `astro dev` only: the script a page runs to reload itself if the data files changed after its request began.

/** Where a page asks, in `astro dev`, for the digest of the data files as they are now (vite-plugin.ts answers). */
export const INPUTS_ENDPOINT = "@paper-site/inputs";

/**
 * The dev server reloads open pages on every save, but a reload sent while a tab is still loading after the
 * previous save is lost, and the tab would stay one save behind (seen with several tabs and two quick saves).
 * So the page asks once it has loaded, and once more when the live-reload client has had time to connect.
 */
export function freshnessCheck(digest: string): string {
  return `(() => {
  const check = () =>
    fetch(new URL(${JSON.stringify(INPUTS_ENDPOINT)}, location.href), { cache: "no-store" })
      .then((r) => (r.ok ? r.text() : ${JSON.stringify(digest)}))
      .then((now) => { if (now !== ${JSON.stringify(digest)}) location.reload(); }, () => {});
  addEventListener("load", () => { check(); setTimeout(check, 1500); });
})();`;
}
