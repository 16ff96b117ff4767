// The pipeline's data files as Vite raw imports, in `astro dev` only (src/integrations/dev-loop/vite-plugin.ts empties it in a build).
// Eager raw imports put every file in Vite's module graph: an edit reloads the browser (see src/load/inputs.ts).
// The globs are INPUT_PATTERNS (src/lib/inputs/paths.ts) written out, since Vite reads only literal globs; a unit test keeps them equal.
// The paper files are here too: if the content layer misses a save, the page still reloads and renders it.
export const files: Readonly<Record<string, string>> = import.meta.glob<string>(
  ["/content/*.yaml", "/content/paper/*.{md,mdx,yaml}", "/bibliography/**/*.{bib,csl,xml}"],
  { query: "?raw", import: "default", eager: true },
);
