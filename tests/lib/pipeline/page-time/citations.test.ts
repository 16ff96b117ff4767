// Citations through the whole Markdown pipeline (Astro's unified processor): numbering, links both ways,
// no repeated entries, escaping, the paper's own references, and every kind of bad input.
import http from "node:http";
import https from "node:https";
import type { CheerioAPI } from "cheerio";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { grouped, strictFromEnv } from "../../../../src/lib/pipeline/page-time/citations.ts";
import { renderMarkdown } from "../../../support/render-markdown.ts";
import { exportsBib, fixture, removeScratch, render, scratch } from "../../bibliography/helpers.ts";

const ZH = "tests/fixtures/bib/zh.md";
afterAll(removeScratch);
const EN = "tests/fixtures/bib/en.md";

/** Key → number, as the reference list shows it. */
function listed($: CheerioAPI): Map<string, number> {
  const out = new Map<string, number>();
  $("section#references li.reference").each((_, li) => {
    out.set(($(li).attr("id") ?? "").replace(/^ref-/, ""), Number($(li).find(".reference-number").text().replace(/\D/g, "")));
  });
  return out;
}

/** What a reader sees of each citation: "[2-4]". */
function markers($: CheerioAPI): string[] {
  return $(".citation")
    .map((_, el) => $(el).text())
    .get();
}

async function renderBoth(bibliography: string) {
  const options = { bibliography, numberingSource: ZH };
  return { zh: await render(ZH, options), en: await render(EN, options) };
}

describe("numbering", () => {
  it("numbers works by first citation in the Chinese text, and uses the same numbers on the English page", async () => {
    const dir = scratch({ "references.bib": exportsBib() });
    const { zh, en } = await renderBoth(`${dir}/references.bib`);
    expect(markers(zh.$)).toEqual(["[1]", "[2-4]", "[5-8]", "[9-10]", "[1,11-13]"]);
    // The English text cites in another order inside the brackets; the numbers are the Chinese ones.
    expect(markers(en.$)).toEqual(markers(zh.$));
    expect([...listed(zh.$)]).toEqual([...listed(en.$)]);
    expect(listed(zh.$).get("zhang_hulianwang_2018")).toBe(1);
    expect(listed(zh.$).get("Kim2021")).toBe(10);
    // A crossref parent that is not cited is not listed.
    expect(listed(zh.$).has("ICF2021")).toBe(false);
  });

  it("numbers by the English text when the English is the original, on both pages", async () => {
    const dir = scratch({ "references.bib": exportsBib() });
    const options = { bibliography: `${dir}/references.bib`, numberingSource: EN, original: "en" as const };
    const [zh, en, zhFirst] = [await render(ZH, options), await render(EN, options), await renderBoth(`${dir}/references.bib`)];
    expect(markers(zh.$)).toEqual(markers(en.$));
    expect([...listed(zh.$)]).toEqual([...listed(en.$)]);
    // The English cites in another order inside the brackets, so its numbering is not the Chinese one.
    expect([...listed(en.$)]).not.toEqual([...listed(zhFirst.zh.$)]);
  });
});

describe("links, previews and back-links", () => {
  it("links each number to its entry, with an accessible name, and repeats no entry text", async () => {
    const dir = scratch({ "references.bib": exportsBib() });
    for (const [{ $ }, name] of [
      [(await renderBoth(`${dir}/references.bib`)).zh, "参考文献"],
      [(await renderBoth(`${dir}/references.bib`)).en, "Reference"],
    ] as const) {
      const links = $(".citation-ref");
      expect(links.length).toBeGreaterThan(0);
      links.each((_, a) => {
        const href = $(a).attr("href") ?? "";
        expect($(href).is("li.reference"), href).toBe(true);
        expect($(a).attr("aria-label")).toMatch(new RegExp(`^${name}s? ${$(a).text()}`));
      });
      // Each formatted entry is in the page once: citations hold only their numbers (the preview script
      // builds previews and descriptions from the list, which names a preview's numbers with data-label).
      expect($(".citation").map((_, c) => $(c).text()).get().every((t) => /^\[[\d,-]+\]$/.test(t))).toBe(true);
      expect($(".citation-preview, [aria-describedby]")).toHaveLength(0);
      expect($(".reference-list").attr("data-label")).toBe(`${name} #`);
      const text = $("#ref-zhang_hulianwang_2018 .reference-text").text();
      expect(text).toContain("互联网金融对中小企业融资的影响研究");
      expect($.html().split("互联网金融对中小企业融资的影响研究")).toHaveLength(2);
    }
  });

  it("a collapsed range [2-4] links its ends, names the whole range, and every work in it is listed", async () => {
    const dir = scratch({ "references.bib": exportsBib() });
    const { $ } = (await renderBoth(`${dir}/references.bib`)).zh;
    const cite = $("#cite-2");
    expect(cite.text()).toBe("[2-4]");
    expect(cite.find(".citation-ref").map((_, a) => `${$(a).text()}→${$(a).attr("href")}`).get()).toEqual([
      "2→#ref-smith_platform_2020",
      "4→#ref-zhongguorenminyinhangHuLianWangJinRong2020",
    ]);
    expect(cite.find(".citation-ref").first().attr("aria-label")).toBe("参考文献 2 至 4");
    expect(cite.attr("data-cites")?.split(" ")).toEqual(["smith_platform_2020", "muller_risk_2019", "zhongguorenminyinhangHuLianWangJinRong2020"]);
    expect($("#ref-muller_risk_2019 .reference-number").text()).toBe("[3]");
    expect($("#ref-muller_risk_2019 .reference-text").text()).toContain("MÜLLER J. Risk Models for Peer-to-Peer Lending[M]//SCHRÖDER E.");
  });

  it("every entry links back to each place that cites it, named in the page's language", async () => {
    const dir = scratch({ "references.bib": exportsBib() });
    const { zh, en } = await renderBoth(`${dir}/references.bib`);
    const back = (r: typeof zh, key: string) =>
      r.$(`#ref-${key} .reference-backlink`).map((_, a) => `${r.$(a).attr("href")} ${r.$(a).attr("title")}`).get();
    expect(back(zh, "zhang_hulianwang_2018")).toEqual(["#cite-1 返回正文引用处：1 节第 1 段", "#cite-5 返回正文引用处：1.1 节第 2 段"]);
    expect(back(en, "zhang_hulianwang_2018")).toEqual([
      "#cite-1 Back to the citation in section 1, paragraph 1",
      "#cite-5 Back to the citation in section 1.1, paragraph 2",
    ]);
    for (const r of [zh, en]) {
      r.$(".reference-backlink").each((_, a) => {
        const target = r.$(r.$(a).attr("href") ?? "");
        expect(target.is(".citation")).toBe(true);
        expect((target.attr("data-cites") ?? "").split(" ")).toContain(r.$(a).closest("li").attr("id")?.slice(4));
      });
    }
  });

  it("adds nothing to a paragraph outside .citation elements, and puts the list outside paragraphs", async () => {
    const dir = scratch({ "references.bib": exportsBib() });
    const { $ } = (await renderBoth(`${dir}/references.bib`)).zh;
    $(".citation").remove();
    expect($("#sec-1-p1").text()).toBe("中小企业融资难。平台金融的研究。");
    expect($("p .reference, p #references, section.references p").length).toBe(0);
    expect($("section#references > h2#references-title").text()).toBe("参考文献");
    expect($("body > *").last().is("section.references")).toBe(true);
  });

  it("gives an entry in the other language its lang attribute", async () => {
    const dir = scratch({ "references.bib": exportsBib() });
    const { zh, en } = await renderBoth(`${dir}/references.bib`);
    expect(zh.$("#ref-smith_platform_2020 .reference-text").attr("lang")).toBe("en");
    expect(zh.$("#ref-zhang_hulianwang_2018 .reference-text").attr("lang")).toBeUndefined();
    expect(en.$("#ref-zhang_hulianwang_2018 .reference-text").attr("lang")).toBe("zh-Hans");
  });
});

describe("links in entries and escaping", () => {
  it("links DOIs to https://doi.org/ and http(s) URLs, and nothing else", async () => {
    const dir = scratch({ "references.bib": exportsBib() });
    const { $, html } = (await renderBoth(`${dir}/references.bib`)).zh;
    const entry = (key: string) => $(`#ref-${key}`);
    expect(entry("zhang_hulianwang_2018").find("a.reference-link").map((_, a) => $(a).attr("href")).get()).toEqual([
      "https://journal.example.org/article/2018/05/001",
      "https://doi.org/10.5555/fict.2018.0501",
    ]);
    expect(entry("Roe2019").find("a.reference-link").attr("href")).toBe("https://doi.org/10.5555/jfe.2019.0501");
    // javascript: and data: URLs are dropped when the .bib is read: not linked, not shown.
    expect(entry("hostile1").find("a.reference-link")).toHaveLength(0);
    expect(entry("hostile1").text()).not.toContain("javascript:");
    expect(entry("hostile2").text()).not.toContain("data:");
    expect(entry("hostile2").find("a.reference-link")).toHaveLength(0);
    for (const href of $("a").map((_, a) => $(a).attr("href")).get()) expect(href).toMatch(/^(#|https?:\/\/)/);
    // Markup in the .bib is text on the page.
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect($("script, img, b, [onerror]")).toHaveLength(0);
    expect(entry("hostile1").find(".reference-text").text()).toContain('Attack <script>alert(1)</script> and <img src=x onerror="alert(2)">');
    expect(entry("safe").find("a.reference-link").attr("href")).toBe("https://example.org/search?q=a&lang=%22en%22%3Cb%3E");
  });

  it("formats each entry in GB/T 7714 in both languages (等 for Chinese works, et al. for English ones)", async () => {
    const dir = scratch({ "references.bib": exportsBib() });
    const { zh, en } = await renderBoth(`${dir}/references.bib`);
    for (const r of [zh, en]) {
      expect(r.$("#ref-zhang_hulianwang_2018 .reference-text").text()).toMatch(/^张三, 李四, 王五, 等\. 互联网金融对中小企业融资的影响研究\[J\/OL\]/);
      expect(r.$("#ref-lopezDigitalCreditScoring2021 .reference-text").text()).toMatch(/^LÓPEZ M, NG W, BROWN C, et al\. Digital Credit Scoring/);
    }
  });
});

describe("the paper's own bibliography", () => {
  const renderPaper = async (file: string) => (await renderMarkdown(file)).$;

  it("the Chinese page shows [1]–[19] in the source's order, each 'not given in the source' and linked back", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const $ = await renderPaper("content/paper/zh.md");
    expect(markers($)).toEqual(["[1-2]", "[3-5]", "[6-7]", "[8]", "[9-10]", "[9,11-12]", "[13-14]", "[11,15-17]", "[18-19]"]);
    const numbers = listed($);
    expect([...numbers.keys()]).toEqual(Array.from({ length: 19 }, (_, i) => `ref${String(i + 1).padStart(2, "0")}`));
    expect([...numbers.values()]).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    $("li.reference").each((_, li) => {
      expect($(li).find(".reference-text").text()).toBe("原文未提供该文献的著录信息");
      expect($(li).find(".reference-backlink").length).toBeGreaterThan(0);
    });
    expect($("#ref-ref09 .reference-backlink").map((_, a) => $(a).text()).get()).toEqual(["§2.1 ¶1", "§2.2 ¶1"]);
    // Nineteen missing entries in a row share one statement; each keeps its item, anchor and back-links.
    expect($(".reference-run")).toHaveLength(1);
    expect($(".reference-run-note").text()).toBe("[1]–[19]：原文未提供这些文献的著录信息；各号后为正文中的引用位置。");
    expect($(".reference-run li.reference")).toHaveLength(19);
    // A back-link's name is its visible text (WCAG 2.5.3); the title spells the place out.
    expect($(".reference-backlink[aria-label]")).toHaveLength(0);
  });

  it("the English page gives every work the Chinese page's number", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const zh = await renderPaper("content/paper/zh.md");
    const en = await renderPaper("content/paper/en.md");
    expect([...listed(en)]).toEqual([...listed(zh)]);
    expect(en("li.reference .reference-text").first().text()).toBe("bibliographic details not given in the source");
    // Whatever the translation cites so far links to the entry with the Chinese number.
    en(".citation-ref").each((_, a) => {
      const key = (en(a).attr("href") ?? "").replace("#ref-", "");
      expect(Number(en(a).text())).toBeGreaterThanOrEqual(listed(zh).get(key) ?? NaN);
      expect(en(en(a).attr("href") ?? "").find(".reference-number").text()).toBe(`[${listed(zh).get(key)}]`);
    });
  });

  it("swapping in complete entries renders them in GB/T 7714 with no code change, and without warnings", async () => {
    const warn = vi.fn();
    const options = { bibliography: "tests/fixtures/bib/complete.bib", numberingSource: "content/paper/zh.md", warn };
    const zh = await render("content/paper/zh.md", options);
    const en = await render("content/paper/en.md", options);
    expect(warn).not.toHaveBeenCalled();
    expect(zh.$(".reference-missing")).toHaveLength(0);
    expect(zh.$(".reference-run, .reference-text.visually-hidden")).toHaveLength(0);
    expect(zh.$("#ref-ref01 .reference-text").text()).toBe("陈一, 林二. 中小企业融资约束研究（虚构）[J]. 虚构经济研究, 2016, 51(3): 12-25.");
    expect(zh.$("#ref-ref04 .reference-text").text()).toBe("何四, 孙五, 吴六, 等. 互联网金融发展现状与趋势（虚构）[J]. 虚构金融论坛, 2018(2): 5-9.");
    expect(zh.$("#ref-ref15 .reference-text").text()).toBe("SATO K, WEBER L, ORTIZ R, et al. Regulating Online Lenders[J]. Imaginary Law Review, 2018, 12(2): 300-341.");
    expect(zh.$("#ref-ref07 .reference-text").text()).toBe("Fictional Policy Institute. Big Data in Consumer Credit: FPI-2019-07[R]. London: Fictional Policy Institute, 2019.");
    expect(zh.$("#ref-ref10 .reference-text").text()).toBe("谢九, 邹十. 互联网金融模式研究（虚构）[M]. 2版. 北京: 虚构大学出版社, 2015.");
    expect(zh.$("#ref-ref14 .reference-text").text()).toBe("张十四. 互联网金融风险防控（虚构）[M]//赵编. 金融风险管理文集（虚构）. 广州: 虚构出版社, 2018: 101-120.");
    expect(en.$("#ref-ref02 .reference-text").text()).toBe(
      "FAIRWEATHER G. Bank Credit and Small Firms in an Imaginary Economy[J/OL]. Journal of Fictional Economics, 2015, 3(4): 200-219. DOI:10.5555/jfe.2015.0304.",
    );
    expect([...listed(en.$)]).toEqual([...listed(zh.$)]);
    expect(listed(zh.$).size).toBe(19);
  });
});

describe("bad input", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("a citation key not in the bibliography fails, naming the key, the content file and the line", async () => {
    const dir = scratch({
      "references.bib": "@book{known, title = {T}, year = 2000}\n",
      "zh.md": "---\nlang: zh\nabstract: x\n---\n\n## 1. 引言\n\n第一行[@known]，\n第二行[@missing2020]。\n",
    });
    await expect(render(`${dir}/zh.md`, { bibliography: `${dir}/references.bib`, numberingSource: `${dir}/zh.md` })).rejects.toThrow(
      `${dir}/zh.md:9: citation key "missing2020" is not in ${dir}/references.bib. Add an entry with that key there`,
    );
  });

  it("drops the space before a superscript citation: 'result [@key].' reads result[1].", async () => {
    const dir = scratch({
      "references.bib": "@book{known, title = {T}, author = {A, B}, publisher = {P}, address = {X}, year = 2000}\n",
      "en.md": "---\nlang: en\nabstract: x\n---\n\n## 1. Intro\n\nA result [@known]. Another,\n[@known] too.\n",
    });
    const { $ } = await render(`${dir}/en.md`, { bibliography: `${dir}/references.bib`, numberingSource: `${dir}/en.md` });
    expect($("#sec-1-p1").text()).toBe("A result[1]. Another,[1] too.");
  });

  it("a misspelt citation key suggests the nearest key in the bibliography", async () => {
    const dir = scratch({
      "references.bib": "@book{modigliani1954, title = {T}, year = 1954}\n@book{kurihara1954, title = {K}, year = 1954}\n",
      "zh.md": "---\nlang: zh\nabstract: x\n---\n\n## 1. 引言\n\n见[@modigliani1945]。\n",
    });
    await expect(render(`${dir}/zh.md`, { bibliography: `${dir}/references.bib`, numberingSource: `${dir}/zh.md` })).rejects.toThrow(
      `${dir}/zh.md:8: citation key "modigliani1945" is not in ${dir}/references.bib. Did you mean "modigliani1954"? Add an entry with that key there`,
    );
  });

  it("a duplicate key fails, naming both places", async () => {
    const dir = scratch({ "references.bib": "@book{a, title = {T}}\n@book{a, title = {U}}\n" });
    await expect(render(ZH, { bibliography: `${dir}/references.bib` })).rejects.toThrow(
      `${dir}/references.bib:2: duplicate key "a": "a" is already defined at ${dir}/references.bib:1.`,
    );
  });

  it("a BibTeX syntax error in a cited entry fails, naming the .bib file and line", async () => {
    const dir = scratch({
      "references.bib": `${fixture("zotero.bib")}\n@article{broken,\n  title = {x}\n  year = {2000}\n}\n`,
      "zh.md": "---\nlang: zh\nabstract: x\n---\n\n## 1. 引言\n\n见[@broken]。\n",
    });
    await expect(render(`${dir}/zh.md`, { bibliography: `${dir}/references.bib` })).rejects.toThrow(
      new RegExp(`${dir}/references\\.bib:46:3: BibTeX syntax error \\(in the entry "broken" that starts at line 44\\)`),
    );
  });

  it("an entry whose braces never close fails even when it is not cited, naming its line", async () => {
    const dir = scratch({ "references.bib": `${fixture("zotero.bib")}\n@article{unclosed,\n  title = {x},\n  year = {2000}\n` });
    await expect(render(ZH, { bibliography: `${dir}/references.bib` })).rejects.toThrow(
      new RegExp(`${dir}/references\\.bib:44: BibTeX syntax error \\(in the entry "unclosed" that starts at line 44\\): its braces never close`),
    );
  });

  it("an unsupported citation form fails, naming the content file and line", async () => {
    const dir = scratch({
      "references.bib": "@book{known, title = {T}, year = 2000}\n",
      "zh.md": "---\nlang: zh\nabstract: x\n---\n\n## 1. 引言\n\n见[see @known, p. 3]。\n",
    });
    await expect(render(`${dir}/zh.md`, { bibliography: `${dir}/references.bib`, numberingSource: `${dir}/zh.md` })).rejects.toThrow(
      `${dir}/zh.md:8: the citation "[see @known, p. 3]" cannot be rendered`,
    );
  });

  it("incomplete cited entries give one warning naming them; uncited entries one summary line", async () => {
    const library = Array.from({ length: 12 }, (_, i) => `@book{lib${i}, title = {Library book ${i}}, year = 2000}`).join("\n");
    const dir = scratch({
      "references.bib": `${exportsBib()}\n@book{uncited2020, title = {Never Cited}, year = 2020}\n@misc{bare,}\n@misc{bareUncited,}\n${library}\n`,
      "zh.md": `${fixture("zh.md").trimEnd()}\n\n见[@bare]。\n`,
    });
    const warn = vi.fn();
    await render(`${dir}/zh.md`, { bibliography: `${dir}/references.bib`, numberingSource: `${dir}/zh.md`, warn, details: true });
    const messages = warn.mock.calls.map((c) => String(c[0]));
    // The incomplete entries, one warning for each unsafe url dropped (hostile1, hostile2), the uncited.
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^\[bibliography\] 1 of the 14 works cited from .*references\.bib are incomplete/);
    // Each missing field is a header, and the entry is listed under each.
    expect(messages[0]).toMatch(/\n  no title \(the site shows such an entry as "bibliographic details not given in the source"\):\n    \S*references\.bib:\d+ bare\n  no date \(year or date\):\n    \S*references\.bib:\d+ bare\n/);
    expect(messages[0]).not.toMatch(/bareUncited/);
    expect(messages[1]).toMatch(/^\[bibliography\] \S*references\.bib:\d+: the entry "hostile1": its url "javascript:alert\(3\)" is not an http\(s\) address, so it is left out\./);
    expect(messages[2]).toMatch(/"hostile2": its url "data:text\/html/);
    // One line, however large the library: a count and a few keys.
    expect(messages[3]).toMatch(/^\[bibliography\] 14 of 29 entries in .*references\.bib are not cited in .*zh\.md and are not listed \(uncited2020, bareUncited, lib0, lib1, lib2 and 9 more\)\.$/);
  });

  it("without details, the incomplete entries are one line: a count per missing field", async () => {
    const dir = scratch({ "references.bib": `${exportsBib()}\n@misc{bare,}\n@book{notitle, year = 2000}\n`, "zh.md": `${fixture("zh.md").trimEnd()}\n\n见[@bare]与[@notitle]。\n` });
    const warn = vi.fn();
    await render(`${dir}/zh.md`, { bibliography: `${dir}/references.bib`, numberingSource: `${dir}/zh.md`, warn, details: false });
    const messages = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes("incomplete"));
    expect(messages).toEqual([
      `[bibliography] 2 of the 15 works cited from ${dir}/references.bib are incomplete (no title: 2, no date: 1); BIB_DETAILS=1 lists them by line, STRICT_BIB=1 makes this an error.`,
    ]);
  });

  it("STRICT_BIB=1 turns incomplete cited entries into build failures, but not uncited ones", async () => {
    const dir = scratch({ "references.bib": `${exportsBib()}\n@misc{bare,}\n`, "zh.md": `${fixture("zh.md").trimEnd()}\n\n见[@bare]。\n` });
    vi.stubEnv("STRICT_BIB", "1");
    await expect(render(`${dir}/zh.md`, { bibliography: `${dir}/references.bib`, numberingSource: `${dir}/zh.md` })).rejects.toThrow(
      /incomplete[\s\S]*no title[\s\S]*:\d+ bare\n  no date[\s\S]*STRICT_BIB is set/,
    );
    const uncitedOnly = scratch({ "references.bib": `${exportsBib()}\n@misc{bare,}\n` });
    await expect(render(ZH, { bibliography: `${uncitedOnly}/references.bib`, numberingSource: ZH })).resolves.toBeDefined();
    expect(strictFromEnv("1")).toBe(true);
    expect(strictFromEnv("true")).toBe(true);
    expect(strictFromEnv("0")).toBe(false);
    expect(strictFromEnv(undefined)).toBe(false);
    expect([grouped(9), grouped(997), grouped(10000), grouped(1234567)]).toEqual(["9", "997", "10,000", "1,234,567"]);
  });
});

describe("the network", () => {
  it("is never used: no fetch, no http(s) request while resolving and formatting", async () => {
    const calls = [vi.spyOn(globalThis, "fetch"), vi.spyOn(http, "request"), vi.spyOn(http, "get"), vi.spyOn(https, "request"), vi.spyOn(https, "get")];
    const dir = scratch({ "references.bib": exportsBib() });
    await renderBoth(`${dir}/references.bib`);
    for (const spy of calls) expect(spy).not.toHaveBeenCalled();
  });
});
