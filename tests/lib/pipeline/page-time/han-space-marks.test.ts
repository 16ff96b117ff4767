import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { VFile } from "vfile";
import { rehypeHanSpaces } from "../../../../src/lib/pipeline/page-time/han-space-marks.ts";

function run(html: string, lang: string): { html: string; text: string } {
  const tree = fromHtml(html, { fragment: true });
  const file = new VFile();
  file.data = { astro: { frontmatter: { lang } } };
  rehypeHanSpaces()(tree, file);
  return { html: toHtml(tree), text: toString(tree) };
}

describe("rehypeHanSpaces", () => {
  it("wraps the author's spaces beside Han text, keeping the text word for word", () => {
    const source = "<p>随着 P2P、网络借贷，自 2004 年。 此后</p>";
    const out = run(source, "zh");
    expect(out.text).toBe(toString(fromHtml(source, { fragment: true })));
    expect(out.html).toBe('<p>随着<span class="han-space"> </span>P2P、网络借贷，自<span class="han-space"> </span>2004<span class="han-space"> </span>年。<span class="han-space after-punct"> </span>此后</p>');
  });

  it("sees across elements, and leaves code, maths and runs in another language alone", () => {
    expect(run('<p>见<a href="#x"> </a>B 端</p>', "zh").html).toContain('B<span class="han-space"> </span>端');
    expect(run("<p><code>中 a</code></p>", "zh").html).toBe("<p><code>中 a</code></p>");
    expect(run('<p>中文<span lang="en">the Chinese 花呗 here</span></p>', "zh").html).toBe('<p>中文<span lang="en">the Chinese 花呗 here</span></p>');
  });

  it("leaves an English page's spaces alone, except inside a run marked Chinese", () => {
    expect(run("<p>The Chinese has 花呗 here</p>", "en").html).toBe("<p>The Chinese has 花呗 here</p>");
    expect(run('<p>has <span lang="zh-Hans">从 C 端</span></p>', "en").html).toContain('从<span class="han-space"> </span>C<span class="han-space"> </span>端');
  });
});
