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
  it("carries every Highwire tag, with one citation_reference per reference", () => {
    const $ = loadPage(dist, "en/index.html");
    const names = $("meta[name^='citation_']").map((_, el) => $(el).attr("name")).get();
    for (const name of ["citation_title", "citation_author", "citation_author_institution", "citation_author_orcid", "citation_publication_date", "citation_journal_title", "citation_volume", "citation_issue", "citation_firstpage", "citation_lastpage", "citation_doi", "citation_language", "citation_keywords", "citation_abstract_html_url"]) {
      expect(names, name).toContain(name);
    }
    expect(names.filter((n) => n === "citation_author")).toHaveLength(2);
    expect(names.filter((n) => n === "citation_reference")).toHaveLength(19);
    expect($("meta[name='citation_title']").attr("content")).toBe(HOSTILE);
    expect($("meta[name='citation_doi']").attr("content")).toBe("10.5555/jff.2019.0312");
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
    expect($("#cite .cite-text").text()).toMatch(/^王小明, FAIRWEATHER G\. 互联网金融的业务模式与发展趋势：以蚂蚁金服为例\[J\/OL\]\. 虚构金融研究, 2019, 12\(3\): 45-67\. .* DOI:10\.5555\/jff\.2019\.0312\.$/);
    expect($("#cite .cite-missing")).toHaveLength(0);
    expect($("#cite .cite-note")).toHaveLength(0);
  });

  describe("printed", () => {
    const served = useBuiltSite({ dist: () => dist, base: "/" });

    it("shows the URL of each DOI link in the references, and none on screen", async () => {
      const page = await served.browser().newPage();
      await page.goto(served.url("en/"));
      const link = page.locator("#references a.reference-link[href^='https://doi.org/']").first();
      const after = () => link.evaluate((a) => getComputedStyle(a, "::after").content);
      expect(await after()).toBe("none");
      await page.emulateMedia({ media: "print" });
      expect(await after()).toBe(`" <https://doi.org/10.5555/jfe.2015.0304>"`);
      await page.close();
    });
  });
});
