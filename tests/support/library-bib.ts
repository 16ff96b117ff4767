// Generates a whole-library .bib export, as Zotero's Better BibTeX and JabRef write them, for scale tests and the bench.

export interface LibraryOptions {
  /** Number of data entries (not counting @string, @comment and @preamble). */
  entries: number;
  /** Entries to put among the others, verbatim (e.g. the paper's own references), spread through the file. */
  include?: readonly string[];
}

const JOURNALS = ["jfe", "rfs", "jf", "jinrong"];
const STRINGS = `@string{jfe = {Journal of Financial Economics}}
@string{rfs = {The Review of Financial Studies}}
@string{jf = "The Journal of Finance"}
@string{jinrong = {金融研究}}
@preamble{"\\providecommand{\\noopsort}[1]{}"}
`;

const SURNAMES = ["Smith", "Müller", "García", "Nakamura", "O'Neil", "van der Berg"];
const ZH_NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆"];

/** One entry of the library, of a type chosen by its index so that every shape occurs. */
function entry(i: number): string {
  const year = 1990 + (i % 35);
  const who = SURNAMES[i % SURNAMES.length] ?? "Doe";
  switch (i % 6) {
    case 0:
      return `@article{${who.replace(/\W/g, "").toLowerCase()}Article${i}${year},
  title = {Credit, Platforms and the {{Internet}} Economy: Evidence {{${i}}}},
  author = {${who}, Anna and Lee, Ben and {World Bank}},
  date = {${year}-0${1 + (i % 9)}},
  journaltitle = ${JOURNALS[i % 3]},
  volume = {${i % 80}},
  number = {${1 + (i % 4)}},
  pages = {${i % 300}--${(i % 300) + 25}},
  doi = {10.1000/lib.${i}},
  langid = {english},
  keywords = {fintech, credit},
  file = {/home/user/Zotero/storage/ABC${i}/paper.pdf}
}
`;
    case 1:
      return `@article{zh${i}${year},
  title = {互联网金融发展研究之${i}},
  author = {${ZH_NAMES[i % ZH_NAMES.length]} and ${ZH_NAMES[(i + 1) % ZH_NAMES.length]}},
  date = {${year}},
  journaltitle = jinrong,
  number = {${1 + (i % 12)}},
  pages = {${i % 90}--${(i % 90) + 12}},
  langid = {chinese}
}
`;
    case 2:
      return `@book{book${i},
  title = {Platform Finance, Volume ${i}},
  author = {${who}, Carla},
  location = {New York},
  publisher = {Example Press},
  date = {${year}},
  edition = {${1 + (i % 3)}},
  isbn = {978-0-00-${String(i).padStart(6, "0")}-0}
}
`;
    case 3:
      // A conference volume and a paper in it, linked by crossref.
      return `@proceedings{proc${i},
  title = {Proceedings of the Conference on Digital Finance ${year}},
  editor = {${who}, Dana},
  location = {Singapore},
  publisher = {Example Society},
  date = {${year}}
}

@inproceedings{inproc${i},
  title = {Risk Pricing in Online Lending ${i}},
  author = {Kim, Eun and ${who}, Dana},
  crossref = {proc${i}},
  pages = {${i % 200}--${(i % 200) + 9}}
}
`;
    case 4:
      return `@online{web${i},
  title = {Fintech Statistics ${i}},
  author = {{Example Institute}},
  url = {https://example.org/stats/${i}?a=1&b=2},
  urldate = {2024-05-0${1 + (i % 9)}},
  date = {${year}}
}
`;
    default:
      return `@thesis{thesis${i},
  title = {论第三方支付的监管 ${i}},
  author = {${ZH_NAMES[i % ZH_NAMES.length]}},
  institution = {北京大学},
  type = {phdthesis},
  date = {${year}},
  langid = {chinese}
}
`;
  }
}

/** The count of data entries entry(i) writes (a proceedings pair counts two). */
function entriesAt(i: number): number {
  return i % 6 === 3 ? 2 : 1;
}

/** A library export of `entries` entries, with the given ones placed among them. */
export function libraryBib(options: LibraryOptions): string {
  const include = options.include ?? [];
  const parts: string[] = [
    "% Encoding: UTF-8\n",
    STRINGS,
    "@comment{Exported by Better BibTeX for Zotero}\n",
  ];
  const every = Math.max(1, Math.floor(options.entries / (include.length + 1)));
  let written = 0;
  let next = 0;
  for (let i = 0; written < options.entries - include.length; i++) {
    if (next < include.length && written >= every * (next + 1)) parts.push(include[next++] ?? "");
    const n = entriesAt(i);
    if (written + n > options.entries - include.length) break;
    parts.push(entry(i));
    written += n;
  }
  while (next < include.length) parts.push(include[next++] ?? "");
  // Pad with single entries if a proceedings pair did not fit at the end.
  for (let i = 0; written < options.entries - include.length; i++) {
    parts.push(entry(6 * (100000 + i)));
    written++;
  }
  parts.push(`@comment{jabref-meta: databaseType:biblatex;}

@comment{jabref-meta: grouping:
0 AllEntriesGroup:;
1 StaticGroup:Fintech\\;0\\;1\\;\\;\\;\\;;
}
`);
  return parts.join("\n");
}
