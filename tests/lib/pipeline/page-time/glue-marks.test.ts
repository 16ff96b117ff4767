import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { rehypeGlueMarks } from "../../../../src/lib/pipeline/page-time/glue-marks.ts";

function run(html: string): { html: string; text: string } {
  const tree = fromHtml(html, { fragment: true });
  rehypeGlueMarks()(tree);
  return { html: toHtml(tree), text: toString(tree) };
}

const cite = '<span class="citation"><a href="#ref-1">1</a></span>';
const note = '<a class="note-ref" href="#tn-1">译1</a>';

describe("rehypeGlueMarks", () => {
  it("keeps a mark with the character before it, text unchanged", () => {
    const source = `<p>手机快捷支付出现${cite}，为互联网金融</p>`;
    const out = run(source);
    expect(out.text).toBe(toString(fromHtml(source, { fragment: true })));
    expect(out.html).toBe(`<p>手机快捷支付出<span class="mark-glue">现${cite}</span>，为互联网金融</p>`);
  });

  it("puts a mark right after another in the same span, and a character outside the BMP whole", () => {
    expect(run(`<p>支付𠀀${cite}${note}。</p>`).html).toBe(`<p>支付<span class="mark-glue">𠀀${cite}${note}</span>。</p>`);
  });

  it("takes a short element before a mark along whole (a corrected word), but not a longer one", () => {
    const ins = '<ins class="correction" title="原文：偷袭者">投资者</ins>';
    expect(run(`<p>保护${ins}${note}的</p>`).html).toBe(`<p>保护<span class="mark-glue">${ins}${note}</span>的</p>`);
    for (const html of [`<p><em>一个很长的强调短语不能整体不断行</em>${note}</p>`, `<p><em>two words</em>${note}</p>`]) expect(run(html).html).toBe(html);
  });

  it("leaves a mark after a space or at the start of an element alone", () => {
    for (const html of [`<p>text ${cite}</p>`, `<p>${cite} starts</p>`]) expect(run(html).html).toBe(html);
  });

  it("glues marks in any element, once", () => {
    const out = run(`<ul><li>第一项${cite}</li></ul>`);
    expect(out.html).toBe(`<ul><li>第一<span class="mark-glue">项${cite}</span></li></ul>`);
    expect(out.html.match(/mark-glue/g)).toHaveLength(1);
  });
});
