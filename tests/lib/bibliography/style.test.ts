// The project's own style and locale: valid CSL, with CSL-M used only where it is needed.
import { readFileSync } from "node:fs";
import { validateStyle } from "csl-validator-wasm";
import { describe, expect, it } from "vitest";
import { cslLocaleFileForLang } from "../../../src/lib/bibliography/format.ts";
import { INPUT_FILES } from "../../../src/lib/inputs/paths.ts";

const style = readFileSync(INPUT_FILES.style, "utf8");
const locale = readFileSync(cslLocaleFileForLang("zh"), "utf8");
const uncommented = (xml: string) => xml.replace(/<!--[\s\S]*?-->/g, "");
const CSLM_LAYOUT = /\s*<layout locale="[^"]*">[\s\S]*?<\/layout>/g;

describe("bibliography/styles", () => {
  it("the style is CSL 1.0.2 but for its <layout locale> elements (the CSL-M extension citeproc-js reads)", async () => {
    const code = uncommented(style);
    expect(code.match(CSLM_LAYOUT)?.map((l) => /locale="([^"]*)"/.exec(l)?.[1])).toEqual(["zh", "en"]);
    // No other CSL-M construct: every locale attribute is on one of those layouts.
    expect(code.match(/ locale="/g)).toHaveLength(2);
    expect(await validateStyle(code.replace(CSLM_LAYOUT, ""))).toBe("");
  });

  it("the rest of the style would be rejected by the schema if it were wrong (the check is real)", async () => {
    expect(await validateStyle(uncommented(style))).toMatch(/attribute \^locale not allowed/);
    expect(await validateStyle(uncommented(style).replace('name="et-al"', 'name="et-all"'))).toMatch(/invalid value "et-all"/);
  });

  it("the zh-CN locale is a valid CSL locale with GB/T 7714's Chinese terms", async () => {
    expect(await validateStyle(locale)).toBe("");
    expect(locale).toContain('<term name="et-al">等</term>');
    expect(locale).toContain('xml:lang="zh-CN"');
  });

  it("neither file points at anything to fetch", () => {
    for (const xml of [style, locale]) {
      // The only URL is the CSL namespace, which is a name, not an address.
      expect(uncommented(xml).replaceAll('xmlns="http://purl.org/net/xbiblio/csl"', "")).not.toMatch(/<link|href=|independent-parent|https?:\/\//);
    }
  });
});
