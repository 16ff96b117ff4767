// The demo's front matter shows what its metadata gives: authors with affiliations and ORCID links, venue,
// volume (issue), pages, date, DOI and the licence linked; the colophon does not repeat them; the site name is the metadata's.
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProject } from "./support/demo-project.ts";
import type { FixtureProject } from "./support/fixture-project.ts";
import { loadPage } from "./support/site.ts";

let project: FixtureProject;
const pages = {} as Record<"zh" | "en", CheerioAPI>;

beforeAll(() => {
  project = demoProject();
  const { status, output } = project.build({ SITE_URL: "https://example.github.io", BASE_PATH: "/demo/" });
  expect(status, output).toBe(0);
  const dist = path.join(project.dir, "dist");
  pages.zh = loadPage(dist, "zh/index.html");
  pages.en = loadPage(dist, "en/index.html");
});
afterAll(() => project?.dispose());

const details = ($: CheerioAPI) => Object.fromEntries($(".front .publication dt").map((_, dt) => [[$(dt).text(), $(dt).next("dd").text()]]).get() as [string, string][]);

describe("the demo's front matter", () => {
  it("shows the authors with their affiliations, numbered, and an ORCID link", () => {
    const $ = pages.en;
    expect($(".front .authors").text()).toBe("Ann Example1iD, Bo Second2");
    expect($(".front .authors a.orcid").attr("href")).toBe("https://orcid.org/0000-0002-1825-0097");
    expect($(".front .authors a.orcid").attr("aria-label")).toBe("ORCID iD of Ann Example");
    expect($(".front .affiliations li").map((_, li) => $(li).text()).get()).toEqual(["1School of Economics, Fictional University", "2Example Institute"]);
    expect(pages.zh(".front .affiliations li").map((_, li) => pages.zh(li).text()).get()).toEqual(["1虚构大学经济学院", "2示例研究所"]);
  });

  it("shows venue, volume (issue), pages, date, DOI and the licence linked to its URL", () => {
    expect(details(pages.en)).toEqual({
      Venue: "Journal of Fictional Economics",
      "Volume (issue)": "12 (3)",
      Pages: "45–67",
      Date: "2024-03-15",
      DOI: "10.5555/demo.2024.0312",
      License: "CC BY 4.0",
    });
    expect(details(pages.zh)["卷（期）"]).toBe("12 (3)");
    for (const $ of [pages.zh, pages.en]) {
      expect($(".front .publication a[href='https://creativecommons.org/licenses/by/4.0/']").text()).toBe("CC BY 4.0");
      expect($(".front .publication a[href='https://doi.org/10.5555/demo.2024.0312']")).toHaveLength(1);
    }
  });

  it("the colophon does not repeat them; og:site_name is the metadata's siteName", () => {
    for (const $ of [pages.zh, pages.en]) {
      expect($("#colophon").text()).not.toMatch(/Fictional Economics|虚构经济学报|CC BY|10\.5555/);
    }
    expect(pages.zh("meta[property='og:site_name']").attr("content")).toBe("示例论文站");
    expect(pages.en("meta[property='og:site_name']").attr("content")).toBe("Demo Paper Site");
  });
});
