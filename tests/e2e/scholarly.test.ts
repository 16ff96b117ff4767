// Built-site checks of the scholarly metadata with the real, sparse metadata: honest and complete as far as it goes.
import { describe, expect, inject, it } from "vitest";
import { loadPage } from "./support/site.ts";

const dist = inject("distDir");
const site = inject("site");
const base = inject("base");
const abs = (p: string) => new URL(`${base}${p}`, site).href;
const BAD = /^\s*$|undefined|null|NaN|\[object/;

describe("scholarly metadata on the built pages", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: Highwire and Dublin Core tags say only what the metadata gives`, () => {
      const $ = loadPage(dist, `${lang}/index.html`);
      const tags = $("meta[name^='citation_'], meta[name^='DC.']")
        .map((_, el) => [[$(el).attr("name") ?? "", $(el).attr("content") ?? ""]])
        .get() as [string, string][];
      for (const [name, content] of tags) expect(content, name).not.toMatch(BAD);
      const names = tags.map(([n]) => n);
      expect(names).toContain("citation_title");
      expect(names).not.toContain("citation_author");
      expect(names).not.toContain("citation_publication_date");
      expect(names).not.toContain("citation_doi");
      expect(Object.fromEntries(tags)["citation_abstract_html_url"]).toBe(abs(`${lang}/`));
      // The title is editorial: indexers get it in square brackets.
      // The editorial title is given clean: a bracket would be left open in Zotero's and pandoc's short titles.
      expect(Object.fromEntries(tags)["citation_title"]).not.toMatch(/[[\]]/);
    });

    it(`${lang}: JSON-LD is one parsable ScholarlyArticle linked to the other version`, () => {
      const $ = loadPage(dist, `${lang}/index.html`);
      const scripts = $("script[type='application/ld+json']");
      expect(scripts).toHaveLength(1);
      const a = JSON.parse(scripts.text()) as Record<string, unknown>;
      expect(a["@type"]).toBe("ScholarlyArticle");
      expect(a["@id"]).toBe(`${abs(`${lang}/`)}#article`);
      expect(a["url"]).toBe(abs(`${lang}/`));
      const link = lang === "zh" ? a["workTranslation"] : a["translationOfWork"];
      expect(link).toMatchObject({ "@id": `${abs(lang === "zh" ? "en/" : "zh/")}#article` });
      expect(scripts.text()).not.toMatch(/undefined|null|""/);
    });
  }
});
