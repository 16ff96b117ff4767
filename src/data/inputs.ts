// The pipeline's data files, loaded through Vite so that the dev server reloads the page when one changes.
import { readFromMap, type ReadInput } from "../lib/markdown/read-input.ts";

// Eager raw imports put every file in Vite's module graph: an edit invalidates this module and the pages.
// The paper files are here too: if the content layer rejects a save, the page still reloads and says why.
const files = import.meta.glob<string>(["/content/*.yaml", "/content/paper/*.{md,mdx}", "/content/paper/*.yaml", "/bibliography/**/*.bib", "/bibliography/**/*.csl", "/bibliography/**/*.xml"], {
  query: "?raw",
  import: "default",
  eager: true,
});

export const readInput: ReadInput = readFromMap(files);
