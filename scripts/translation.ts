// Command line for the translation status: `status` prints the table, `ack [ids…]` records the original the translation now translates.
import { languagePair } from "../src/lib/i18n/language-pair.ts";
import { LOCALES } from "../src/lib/i18n/locales.ts";
import { readMetadataFile } from "../src/lib/inputs/metadata.ts";
import { paperFiles, readStatus, writeAcknowledged } from "../src/lib/translation/project.ts";
import { countByKind, statusTable } from "../src/lib/translation/report.ts";

const USAGE = "usage: translation.ts status | ack [sec-…-pN …]   (npm run translation:status, npm run translation:ack)";

function main(args: string[]): number {
  const [command, ...ids] = args;
  const root = process.cwd();
  const files = paperFiles(root, languagePair(readMetadataFile(root).original));
  const [original, translation] = files.pair.langs.map((lang) => LOCALES[lang].name);
  if (command === "status" && ids.length === 0) {
    console.log(statusTable(readStatus(root, files), files));
    return 0;
  }
  if (command === "ack") {
    const written = new Set(writeAcknowledged(root, files, ids.length > 0 ? ids : undefined));
    // Named by kind, as the status tracks them: headings, paragraphs, captions, cells, alt texts, equations, footnotes, components.
    const kinds = readStatus(root, files).entries.filter((e) => written.has(e.id)).map((e) => e.source.kind);
    const what = ids.length > 0 ? `${countByKind(kinds)} (${[...written].join(", ")})` : `every part of the paper: ${countByKind(kinds)}`;
    console.log(`${files.record}: acknowledged ${what}; the ${translation} there translates the ${original} as it is now.`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
