// `npm run new-paper [-- --original en]`: replaces the seed paper with a minimal bilingual skeleton that builds as it is.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { languagePair } from "../src/lib/i18n/language-pair.ts";
import { DEFAULT_ORIGINAL, LANGS, LOCALES, isLang } from "../src/lib/i18n/locales.ts";
import { PAPER_DIR, paperFile } from "../src/lib/inputs/paths.ts";
import { SEED_ONLY, skeletonFiles } from "../src/lib/new-paper/skeleton.ts";
import { paperFiles, writeAcknowledged } from "../src/lib/translation/project.ts";

const { values } = parseArgs({ options: { original: { type: "string", default: DEFAULT_ORIGINAL } } });
if (!isLang(values.original)) {
  console.error(`new-paper: --original must be one of ${LANGS.join(", ")} (the language the author writes in); got "${values.original}".`);
  process.exit(2);
}
const pair = languagePair(values.original);
const root = process.cwd();
const paperDir = path.join(root, PAPER_DIR);
// The seed's paper files (.md, .mdx) and images go; so do its corrections, notes, glossary and edition notes.
for (const name of readdirSync(paperDir)) rmSync(path.join(paperDir, name), { recursive: true, force: true });
for (const file of SEED_ONLY) rmSync(path.join(root, file), { force: true });
const files = skeletonFiles(pair.original);
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
// The translation skeleton translates the original skeleton: record that, so the first build has nothing to warn of.
writeAcknowledged(root, paperFiles(root, pair));
const [original, translation] = pair.langs.map((lang) => LOCALES[lang].name);
console.log(
  [
    `A new bilingual paper is ready (the original in ${original}, translated into ${translation}):`,
    ...Object.keys(files).map((f) => `  ${f}`),
    "The seed's corrections, translator's notes, glossary and edition notes are removed (each is optional).",
    `Next: write ${pair.langs.map((lang) => paperFile(lang)).join(" and ")} (README, "Writing your paper"), then npm run dev.`,
    "(git checkout -- content bibliography brings the seed paper back.)",
  ].join("\n"),
);
