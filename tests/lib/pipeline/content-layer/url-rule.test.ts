// The URL rule: a paper file links only to http(s), mailto or relative URLs; anything else fails the build at its line.
import { readFileSync } from "node:fs";
import { compile } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { deferredError } from "../../../../src/lib/pipeline/file/deferred-error.ts";
import { pageFrontmatter } from "../../../../src/lib/pipeline/file/file-frontmatter.ts";
import { markdownOptions } from "../../../../src/lib/pipeline/content-layer/markdown-options.ts";
import { isAllowedUrl, urlScheme } from "../../../../src/lib/pipeline/content-layer/url-rule.ts";
import { paperFile, renderPaper } from "../../../support/paper-file.ts";
import { renderMarkdown } from "../../../support/render-markdown.ts";

const HOSTILE = readFileSync("tests/fixtures/hostile/links.md", "utf8");

describe("urlScheme", () => {
  it("reads the scheme as a browser does", () => {
    expect(urlScheme("  JaVa\tScript:alert(1)")).toBe("javascript");
    expect(urlScheme("\u0000javascript:x")).toBe("javascript");
    expect(urlScheme("java\nscript:x")).toBe("javascript");
    expect(urlScheme("#sec-1")).toBeUndefined();
    expect(urlScheme("./growth.png")).toBeUndefined();
    expect(urlScheme("/paper-site/zh/")).toBeUndefined();
  });

  it("allows http, https, mailto and relative URLs only", () => {
    for (const ok of ["https://example.org", "HTTP://x", "mailto:a@b", "#x", "a/b:c", "?q=1"]) expect(isAllowedUrl(ok), ok).toBe(true);
    for (const bad of ["javascript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "blob:x", " jav\tascript:x"]) expect(isAllowedUrl(bad), bad).toBe(false);
  });
});

describe("a paper file with hostile links", () => {
  it("fails, naming the file and the line of every bad URL: Markdown link, autolink, raw HTML inline and in a block, img src", async () => {
    const file = paperFile("en", HOSTILE, "hostile-links.md");
    // The frontmatter paperFile writes is 4 lines, so fixture line n is file line n + 4.
    const error = await renderMarkdown(file).then(
      () => undefined,
      (e: unknown) => String(e),
    );
    expect(error).toBeDefined();
    for (const [line, scheme] of [[3, "javascript"], [5, "javascript"], [7, "javascript"], [11, "data"], [14, "vbscript"]] as const)
      expect(error, `line ${line}`).toMatch(new RegExp(`${file.replaceAll(".", "\\.")}:${line + 4}: the \\w+ ".*" uses the "${scheme}:" scheme`));
    expect(error!.match(/uses the "(\w+):" scheme/g)).toHaveLength(5);
    expect(error).not.toMatch(/example\.org|growth\.png|#sec-1/);
  });

  it("lets http(s), mailto, fragment and relative links through", async () => {
    const { $ } = await renderPaper("en", "## 7. A\n\n[a](https://example.org) <https://example.org/b> [m](mailto:a@example.org) [f](#sec-7) <a href=\"http://x.org\">r</a>\n");
    expect($("a").map((_, a) => $(a).attr("href")).get()).toEqual(expect.arrayContaining(["https://example.org", "https://example.org/b", "mailto:a@example.org", "#sec-7", "http://x.org"]));
  });

  it("applies to MDX elements too (.mdx papers run the same plugins)", async () => {
    const mdx = "## 1. A\n\n<a href=\"javascript:alert(1)\">x</a>\n";
    // The error is kept with the file (deferred-error.ts), for the page to raise.
    const file = await compile({ value: mdx, path: "content/paper/en.mdx" }, { remarkPlugins: markdownOptions.remarkPlugins as never, rehypePlugins: [markdownOptions.rehypePlugins.at(-1)] as never });
    expect(deferredError(pageFrontmatter(file))).toMatch(/content\/paper\/en\.mdx:3: the href "javascript:alert\(1\)" uses the "javascript:" scheme/);
  });
});
