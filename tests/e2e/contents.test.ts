// The contents list every section a reader can jump to, body and back matter, in page order, and nothing else.
import { describe, expect, inject, it } from "vitest";
import { loadPage } from "./support/site.ts";

const dist = inject("distDir");

/** The colophon is the page's imprint, not a section of the paper; the abstracts open the page. */
const NOT_LISTED = new Set(["abstract-title", "abstract-en-title", "colophon-title"]);

describe.each(["zh", "en"])("the contents of /%s/", (lang) => {
  const $ = loadPage(dist, `${lang}/index.html`);
  const listed = $(".toc-wide a").map((_, a) => ($(a).attr("href") ?? "").replace(/^#/, "")).get();

  it("lead to a heading on the page, with its text", () => {
    for (const slug of listed) {
      expect($(`[id="${slug}"]`).length, slug).toBe(1);
      expect($(`.toc-wide a[href="#${slug}"]`).text(), slug).toBe($(`[id="${slug}"]`).text());
    }
  });

  it("list every section heading of the article, the notes, glossary and citation included, in page order", () => {
    const sections = $("article h2[id], article h3[id]")
      .map((_, h) => $(h).attr("id"))
      .get()
      .filter((id) => !NOT_LISTED.has(id));
    expect(sections).toContain("glossary-title");
    expect(sections).toContain("cite-title");
    expect(listed).toEqual(sections);
  });

  it("are the same list in the narrow layout's disclosure", () => {
    expect($(".toc-narrow a").map((_, a) => $(a).attr("href")).get()).toEqual($(".toc-wide a").map((_, a) => $(a).attr("href")).get());
  });
});
