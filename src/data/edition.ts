// The edition notes as the page's bundler loaded them (src/data/inputs.ts), so an edit shows in the dev server.
import { loadEdition, type Edition } from "../lib/inputs/edition.ts";
import { readInput } from "./inputs.ts";

export function edition(): Edition {
  return loadEdition(readInput);
}
