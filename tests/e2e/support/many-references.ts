// Generates a paper with many cited works for scale tests: BibTeX entries and matching zh/en paragraphs.
// Every work is FICTITIOUS (made-up names and titles; DOIs use Crossref's test prefix 10.5555).

const ZH_FAMILIES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
const ZH_GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "霞", "平"];
const ZH_TOPICS = ["互联网金融", "数字支付", "消费信贷", "供应链金融", "金融监管", "信用评分", "网络借贷", "普惠金融"];
const ZH_ASPECTS = ["风险控制", "商业模式", "发展趋势", "定价机制", "用户行为", "平台竞争", "数据治理", "制度环境"];
const ZH_JOURNALS = ["虚构金融研究", "虚构经济学报", "虚构管理评论", "虚构科技与金融"];
const EN_FAMILIES = ["Abbott", "Baxter", "Chandra", "Dubois", "Eriksen", "Fontaine", "Garcia", "Hughes", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov"];
const EN_GIVEN = ["Alice", "Bruno", "Chen", "Dana", "Emil", "Farah", "Gita", "Hugo", "Iris", "Jonas", "Kemal", "Lena", "Mara", "Nils", "Olga", "Pavel"];
const EN_TOPICS = ["Platform Lending", "Digital Payments", "Consumer Credit", "Supply-Chain Finance", "Financial Regulation", "Credit Scoring", "Peer-to-Peer Markets", "Inclusive Finance"];
const EN_ASPECTS = ["Risk Control", "Business Models", "Long-Run Trends", "Pricing", "User Behaviour", "Competition", "Data Governance", "Institutions"];
const EN_JOURNALS = ["Journal of Fictional Finance", "Imaginary Economic Review", "Review of Made-Up Banking", "Studies in Pretend Markets"];

/** A small deterministic generator, so the fixture is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export interface ManyReferences {
  keys: string[];
  bib: string;
  /** Paragraphs citing every key, identical citations in both languages (the alignment check requires it). */
  paragraphs: { zh: string; en: string };
}

/** `count` works (keys many001, many002, …), cited in groups of one to three across paragraphs of about eight citations. */
export function manyReferences(count: number): ManyReferences {
  const next = random(20_240_601);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const keys = Array.from({ length: count }, (_, i) => `many${String(i + 1).padStart(3, "0")}`);
  const entries = keys.map((key, i) => {
    const year = 1995 + Math.floor(next() * 30);
    if (i % 2 === 0) {
      const authors = Array.from({ length: 1 + Math.floor(next() * 3) }, () => `${pick(ZH_FAMILIES)}, ${pick(ZH_GIVEN)}${pick(ZH_GIVEN)}`);
      const book = next() < 0.25;
      return book
        ? `@book{${key},\n  author = {${authors.join(" and ")}},\n  title = {${pick(ZH_TOPICS)}的${pick(ZH_ASPECTS)}研究（虚构）},\n  publisher = {虚构出版社},\n  location = {北京},\n  date = {${year}},\n  langid = {chinese},\n}`
        : `@article{${key},\n  author = {${authors.join(" and ")}},\n  title = {${pick(ZH_TOPICS)}与${pick(ZH_ASPECTS)}：第${i + 1}项虚构研究},\n  journaltitle = {${pick(ZH_JOURNALS)}},\n  date = {${year}},\n  volume = {${1 + Math.floor(next() * 40)}},\n  number = {${1 + Math.floor(next() * 12)}},\n  pages = {${10 + i}--${20 + i}},\n  langid = {chinese},\n}`;
    }
    const authors = Array.from({ length: 1 + Math.floor(next() * 4) }, () => `${pick(EN_FAMILIES)}, ${pick(EN_GIVEN)}`);
    const doi = next() < 0.6 ? `\n  doi = {10.5555/fict.${year}.${i + 1}},` : "";
    return `@article{${key},\n  author = {${authors.join(" and ")}},\n  title = {${pick(EN_TOPICS)} and ${pick(EN_ASPECTS)}: Fictional Study ${i + 1}},\n  journaltitle = {${pick(EN_JOURNALS)}},\n  date = {${year}},\n  volume = {${1 + Math.floor(next() * 40)}},\n  number = {${1 + Math.floor(next() * 12)}},\n  pages = {${100 + i}--${120 + i}},${doi}\n  langid = {english},\n}`;
  });
  // Groups of one, two or three keys; a run of three consecutive works prints as a range ([7-9]).
  const groups: string[][] = [];
  for (let i = 0; i < keys.length; ) {
    const size = Math.min(1 + Math.floor(next() * 3), keys.length - i);
    groups.push(keys.slice(i, i + size));
    i += size;
  }
  const zh: string[] = [];
  const en: string[] = [];
  for (let g = 0; g < groups.length; g += 8) {
    const slice = groups.slice(g, g + 8);
    const cite = (group: string[]) => `[${group.map((k) => `@${k}`).join("; ")}]`;
    zh.push(slice.map((group, i) => `关于这一问题的第${g + i + 1}组研究见文献${cite(group)}。`).join(""));
    en.push(slice.map((group, i) => `Study group ${g + i + 1} on this question is in${cite(group)}.`).join(" "));
  }
  return { keys, bib: entries.join("\n\n"), paragraphs: { zh: zh.join("\n\n"), en: en.join("\n\n") } };
}
