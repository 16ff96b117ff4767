// GB/T 7714-2015 entries from citeproc-js: each work described in its own language, on both pages.
import { describe, expect, it } from "vitest";
import { parseBibliography } from "../../../src/lib/bibliography/bibtex.ts";
import { formatEntries, readStyleFiles, type PageLang } from "../../../src/lib/bibliography/format.ts";
import { exportsBib, ROOT } from "./helpers.ts";

const files = readStyleFiles(ROOT);
const bib = parseBibliography("exports.bib", exportsBib());
const items = [...bib.entries.values()].map((e) => e.item);
const format = (lang: PageLang, style = files) => formatEntries(items, lang, style);

// Expected text, written from GB/T 7714-2015 clauses 4.1–4.6 and 8 and its examples.
const SAME_ON_BOTH_PAGES: Record<string, string> = {
  // 4.4 article: three names then 等; [J/OL] for an online article; year, volume(issue): pages[accessed]; URL; DOI.
  zhang_hulianwang_2018:
    "张三, 李四, 王五, 等. 互联网金融对中小企业融资的影响研究[J/OL]. 虚构金融研究, 2018, 12(5): 1-10[2024-03-01]. https://journal.example.org/article/2018/05/001. DOI:10.5555/fict.2018.0501.",
  // 4.1 monograph, English: surnames in capitals, initials without stops, "2nd ed.".
  smith_platform_2020: "SMITH A, O’BRIEN B. Platform Finance: Payments, Credit and the Long Tail[M]. 2nd\u00a0ed. Oxford: Fictional University Press, 2020.",
  // 4.2 part of a monograph: "[M]//editor. host".
  muller_risk_2019: "MÜLLER J. Risk Models for Peer-to-Peer Lending[M]//SCHRÖDER E. Handbook of Imaginary Finance. Berlin: Example Verlag, 2019: 45-67.",
  // 4.6 electronic resource: (date of update)[date cited]. URL. A corporate author is not capitalised.
  zhongguorenminyinhangHuLianWangJinRong2020:
    "中国人民银行. 互联网金融风险专项整治工作进展（虚构）[EB/OL]. (2020-05-03)[2021-03-26]. http://www.example.cn/notice/2020/0503.html.",
  worldbankFictionalFinanceAll2008: "World Bank. Fictional Finance for All?[M]. 3rd\u00a0ed. Washington, DC: Example Press, 2008.",
  lopezDigitalCreditScoring2021:
    "LÓPEZ M, NG W, BROWN C, et al. Digital Credit Scoring & the Long Tail: Evidence from an Imaginary Market[J/OL]. Journal of Fictional Economics, 2021, 7(2): 101-120[2024-01-02]. DOI:10.5555/jfe.2021.0702.",
  // Thesis [D]: place: institution, year.
  liuHuLianWangJinRongJianGuan2017: "刘七. 互联网金融监管研究[D]. 北京: 虚构大学, 2017.",
  // 8.2 translator "陈文, 译"; 8.3 "3版"; 8.4 missing place and publisher of a Chinese work.
  wangJinRongXue2015: "王五. 金融学[M]. 陈文, 译. 3版. [出版地不详]: [出版者不详], 2015.",
  Roe2019: "ROE R, DOE J. Banks & Fintech: Platforms–and Risks[J/OL]. Journal of Fictional Economics, 2019, 5(1): 1-20. DOI:10.5555/jfe.2019.0501.",
  // A conference paper through crossref: [C]//.
  Kim2021: "KIM M. Mobile Payments at Scale[C]//LEE S. Proceedings of the Imaginary Conference on Fintech. Seoul: Example Society, 2021: 33-40.",
  ICF2021: "LEE S. Proceedings of the Imaginary Conference on Fintech[M]. Seoul: Example Society, 2021.",
};

describe("GB/T 7714-2015 entries", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`formats every exported entry as the standard says, on the ${lang} page`, () => {
      const out = format(lang);
      for (const [key, text] of Object.entries(SAME_ON_BOTH_PAGES)) expect(out.get(key), key).toBe(text);
    });
  }

  it("formats the other types GB/T 7714 names: patent, standard, newspaper, thesis, report, dataset, software", () => {
    const more = parseBibliography(
      "more.bib",
      String.raw`
@patent{p, author = {虚构, 发明人}, title = {虚构节能装置}, number = {200000000000.0}, date = {2006-12-13}, langid = {chinese}}
@standard{s, author = {{虚构标准化技术委员会}}, title = {虚构信息 著录规则}, number = {GB/T 0000-2015}, publisher = {虚构标准出版社}, location = {北京}, date = {2015}}
@article{n, author = {虚构, 记者}, title = {数字金融的虚构报道}, journaltitle = {虚构日报}, entrysubtype = {newspaper}, date = {2000-11-20}, pages = {15}}
@phdthesis{t, author = {Roe, Rick}, title = {A Fictional Thesis}, school = {Fictional University}, address = {Boston}, year = {2010}}
@techreport{r, author = {Roe, Rick}, title = {A Fictional Report}, institution = {Fictional Institute}, number = {TR-1}, year = {2000}}
@dataset{d, author = {Doe, Jane}, title = {A Fictional Dataset}, date = {2020}, url = {https://data.example.org/x}, urldate = {2021-01-01}}
@software{c, author = {Doe, Jane}, title = {A Fictional Tool}, date = {2020}, url = {https://code.example.org/x}}
`,
    );
    const out = formatEntries([...more.entries.values()].map((e) => e.item), "zh", files);
    expect(Object.fromEntries(out)).toEqual({
      p: "虚构发明人. 虚构节能装置: 200000000000.0[P]. 2006-12-13.",
      s: "虚构标准化技术委员会. 虚构信息 著录规则: GB/T 0000-2015[S]. 北京: 虚构标准出版社, 2015.",
      n: "虚构记者. 数字金融的虚构报道[N]. 虚构日报, 2000-11-20(15).",
      t: "ROE R. A Fictional Thesis[D]. Boston: Fictional University, 2010.",
      r: "ROE R. A Fictional Report: TR-1[R]. [S.l.]: Fictional Institute, 2000.",
      d: "DOE J. A Fictional Dataset[DS/OL]. 2020[2021-01-01]. https://data.example.org/x.",
      c: "DOE J. A Fictional Tool[CP/OL]. 2020. https://code.example.org/x.",
    });
  });

  it("keeps field text as text: markup in a .bib is just characters to citeproc's text output", () => {
    expect(format("zh").get("hostile1")).toBe('MALLORY E. Attack <script>alert(1)</script> and <img src=x onerror="alert(2)">[Z]. [S.l.]: [s.n.], 2022.');
  });
});

describe("each work in its own language, within one list", () => {
  const mixed = parseBibliography(
    "mixed.bib",
    String.raw`
@book{cn, title = {中文著作}, author = {甲, 一 and 乙, 二 and 丙, 三 and 丁, 四}, year = {2001}, langid = {chinese}}
@book{en, title = {An English Book}, author = {Ash, Ann and Birch, Bob and Cole, Cy and Dale, Di}, year = {2002}, langid = {english}}
@book{fr, title = {Un livre}, author = {Aubert, Anne and Blanc, Bruno and Chevalier, Cléo and Durand, Denis}, year = {2003}, langid = {french}}
`,
  );
  const list = [...mixed.entries.values()].map((e) => e.item);

  it("the Chinese page: 等 and [出版地不详] for the Chinese work, et al. and [S.l.] for the English one", () => {
    const out = formatEntries(list, "zh", files);
    expect(out.get("cn")).toBe("甲一, 乙二, 丙三, 等. 中文著作[M]. [出版地不详]: [出版者不详], 2001.");
    expect(out.get("en")).toBe("ASH A, BIRCH B, COLE C, et al. An English Book[M]. [S.l.]: [s.n.], 2002.");
    // A work in neither language takes the page's terms.
    expect(out.get("fr")).toBe("AUBERT A, BLANC B, CHEVALIER C, 等. Un livre[M]. [出版地不详]: [出版者不详], 2003.");
  });

  it("the English page: the same for the Chinese and English works; the page's terms for the French one", () => {
    const out = formatEntries(list, "en", files);
    expect(out.get("cn")).toBe("甲一, 乙二, 丙三, 等. 中文著作[M]. [出版地不详]: [出版者不详], 2001.");
    expect(out.get("en")).toBe("ASH A, BIRCH B, COLE C, et al. An English Book[M]. [S.l.]: [s.n.], 2002.");
    expect(out.get("fr")).toBe("AUBERT A, BLANC B, CHEVALIER C, et al. Un livre[M]. [S.l.]: [s.n.], 2003.");
  });

  it("it is the CSL-M <layout locale> that does it: without those layouts the page's locale wins for every work", () => {
    const plain = { ...files, style: files.style.replace(/<!--[\s\S]*?-->/g, "").replace(/\s*<layout locale="[^"]*">[\s\S]*?<\/layout>/g, "") };
    expect(formatEntries(list, "en", plain).get("cn")).toBe("甲一, 乙二, 丙三, et al. 中文著作[M]. [S.l.]: [s.n.], 2001.");
    expect(formatEntries(list, "zh", plain).get("en")).toBe("ASH A, BIRCH B, COLE C, 等. An English Book[M]. [出版地不详]: [出版者不详], 2002.");
  });

  it("numbers entries in the order given, as citeproc-js's citation-number confirms", () => {
    const reversed = [...list].reverse();
    expect([...formatEntries(reversed, "zh", files).keys()]).toEqual(["fr", "en", "cn"]);
  });
});
