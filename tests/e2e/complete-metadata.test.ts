// A build with every metadata field and a complete bibliography (test fixtures): the full tag set on the
// page, JSON-LD that survives a "</script>" title, a cite box with nothing missing, DOIs printed with URLs.
import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureProject } from "./support/fixture-project.ts";
import { loadPage } from "./support/site.ts";
import { useBuiltSite } from "./support/built-site.ts";

const project = fixtureProject();
const dist = path.join(project.dir, "dist");
const HOSTILE = "Internet Finance </script><script>alert(1)</script> & <!-- Business Models";

beforeAll(() => {
  copyFileSync("tests/fixtures/metadata/complete.yaml", path.join(project.dir, "content/metadata.yaml"));
  copyFileSync("tests/fixtures/bib/complete.bib", path.join(project.dir, "bibliography/references.bib"));
  const run = project.build();
  if (run.status !== 0) throw new Error(run.output);
});
afterAll(() => project.dispose());

describe("a paper with complete metadata", () => {
  it("carries every Highwire tag on the original's page, with one citation_reference per reference", () => {
    const $ = loadPage(dist, "zh/index.html");
    const names = $("meta[name^='citation_']").map((_, el) => $(el).attr("name")).get();
    for (const name of ["citation_title", "citation_author", "citation_author_institution", "citation_author_orcid", "citation_publication_date", "citation_journal_title", "citation_volume", "citation_issue", "citation_firstpage", "citation_lastpage", "citation_doi", "citation_language", "citation_keywords", "citation_abstract", "citation_abstract_html_url", "citation_issn", "citation_journal_abbrev", "citation_publisher"]) {
      expect(names, name).toContain(name);
    }
    expect(names.filter((n) => n === "citation_author")).toHaveLength(2);
    expect(names.filter((n) => n === "citation_reference")).toHaveLength(19);
    expect($("meta[name='citation_title']").attr("content")).toBe("互联网金融的业务模式与发展趋势：以蚂蚁金服为例");
    expect($("meta[name='citation_doi']").attr("content")).toBe("10.5555/jff.2019.0312");
    expect($("meta[name='citation_author']").map((_, el) => $(el).attr("content")).get()).toEqual(["王, 小明", "Fairweather, Grace"]);
  });

  it("describes /en/, the translation, as a translation: no venue, date, pages or DOI claimed as the version of record", () => {
    const $ = loadPage(dist, "en/index.html");
    const names = $("meta[name^='citation_']").map((_, el) => $(el).attr("name")).get();
    for (const name of ["citation_journal_title", "citation_doi", "citation_publication_date", "citation_volume", "citation_issue", "citation_firstpage", "citation_issn", "citation_publisher"]) {
      expect(names, name).not.toContain(name);
    }
    expect($("meta[name='citation_title']").attr("content")).toBe(HOSTILE);
    expect($("meta[name='citation_author']").map((_, el) => $(el).attr("content")).get()).toEqual(["Wang, Xiaoming", "Fairweather, Grace"]);
    expect($("meta[name='citation_language']").attr("content")).toBe("en");
    expect($("meta[name='DC.relation']").map((_, el) => $(el).attr("content")).get()).toEqual(["https://doi.org/10.5555/jff.2019.0312", expect.stringMatching(/\/zh\/$/)]);
    expect($("meta[name='DC.contributor']").attr("content")).toBe("Li, Yi");
    expect($("meta[name='DC.date']")).toHaveLength(0);
    const article = JSON.parse($("script[type='application/ld+json']").text()) as Record<string, unknown>;
    expect(article["translationOfWork"]).toMatchObject({ inLanguage: "zh-Hans", sameAs: "https://doi.org/10.5555/jff.2019.0312" });
    expect(article["translator"]).toEqual([{ "@type": "Person", name: "Yi Li", familyName: "Li", givenName: "Yi" }]);
    for (const key of ["isPartOf", "identifier", "datePublished", "pageStart"]) expect(article, key).not.toHaveProperty(key);
    expect($("#cite .cite-text").text()).toContain("[EB/OL]");
    expect($("#cite .cite-text").text()).not.toContain("Journal of Fictional Finance");
  });

  it("gives each side-by-side page the scholarly tags of its interface language's page", () => {
    for (const lang of ["zh", "en"]) {
      const tags = (file: string) => {
        const $ = loadPage(dist, file);
        return $("meta[name^='citation_'], meta[name^='DC.']").map((_, el) => `${$(el).attr("name")}=${$(el).attr("content")}`).get();
      };
      const paper = tags(`${lang}/index.html`);
      expect(paper.length).toBeGreaterThan(10);
      expect(tags(`${lang}/parallel/index.html`)).toEqual(paper);
    }
  });

  it("keeps the JSON-LD in its script element, whatever the title holds", () => {
    const $ = loadPage(dist, "en/index.html");
    const scripts = $("script[type='application/ld+json']");
    expect(scripts).toHaveLength(1);
    const article = JSON.parse(scripts.text()) as Record<string, unknown>;
    expect(article["headline"]).toBe(HOSTILE);
    expect(article["citation"]).toHaveLength(19);
    expect($("script:not([type='application/ld+json']):not([src])").text()).not.toContain("alert(1)");
  });

  it("gives the full citation in the cite box, and says nothing is missing", () => {
    const $ = loadPage(dist, "zh/index.html");
    expect($("#cite .cite-text").text()).toMatch(/^王小明, FAIRWEATHER G\. 互联网金融的业务模式与发展趋势：以蚂蚁金服为例\[J\/OL\]\. 虚构金融研究, 2019, 12\(3\): 45-67\[\d{4}-\d{2}-\d{2}\]\. .* DOI:10\.5555\/jff\.2019\.0312\.$/);
    expect($("#cite .cite-missing")).toHaveLength(0);
    expect($("#cite .cite-note")).toHaveLength(0);
  });

  describe("printed", () => {
    const served = useBuiltSite({ dist: () => dist, base: "/" });

    it("prints each reference's DOI once: the entry's own DOI text, with no URL added after its link", async () => {
      const page = await served.browser().newPage();
      await page.goto(served.url("en/"));
      const link = page.locator("#references a.reference-link[href^='https://doi.org/']").first();
      const after = () => link.evaluate((a) => getComputedStyle(a, "::after").content);
      expect(await after()).toBe("none");
      await page.emulateMedia({ media: "print" });
      expect(await after()).toBe("none");
    expect(await link.evaluate((a) => a.closest("li")?.textContent?.match(/10\.5555\/jfe\.2015\.0304/g)?.length)).toBe(1);
      await page.close();
    });
  });
});
