// `npm run new-paper`: replaces the seed paper with a minimal bilingual skeleton that builds as it is.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SEED_ONLY, skeletonFiles } from "../src/lib/new-paper/skeleton.ts";
import { paperFiles, writeAcknowledged } from "../src/lib/translation/project.ts";

const root = process.cwd();
const paperDir = path.join(root, "content/paper");
// The seed's paper files (.md, .mdx) and images go; so do its corrections, notes, glossary and edition notes.
for (const name of readdirSync(paperDir)) rmSync(path.join(paperDir, name), { recursive: true, force: true });
for (const file of SEED_ONLY) rmSync(path.join(root, file), { force: true });
for (const [file, text] of Object.entries(skeletonFiles())) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
// The English skeleton translates the Chinese skeleton: record that, so the first build has nothing to warn of.
writeAcknowledged(root, paperFiles(root));
console.log(
  [
    "A new bilingual paper is ready:",
    ...Object.keys(skeletonFiles()).map((f) => `  ${f}`),
    "The seed's corrections, translator's notes, glossary and edition notes are removed (each is optional).",
    "Next: write content/paper/zh.md and en.md (README, \"Writing your paper\"), then npm run dev.",
    "(git checkout -- content bibliography brings the seed paper back.)",
  ].join("\n"),
);
