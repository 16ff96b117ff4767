// The terms titles and headings never break inside: the glossary's (src/lib/inputs/glossary.ts, keptTogether).
import { GLOSSARY_FILE, keptTogether, loadGlossary } from "../lib/inputs/glossary.ts";
import { readInput } from "./inputs.ts";

// Every title on every page asks; the glossary is parsed again only when its text changes.
let last: { text: string | undefined; terms: string[] } | undefined;

export function keptTerms(): string[] {
  const text = readInput(GLOSSARY_FILE);
  if (!last || last.text !== text) last = { text, terms: keptTogether(loadGlossary(() => text)) };
  return last.terms;
}
