// The seed's PDFs as print: pinyin with its tone marks in place, English in a chosen face, no ↩ back-links.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { pdfFonts } from "../support/pdf.ts";

const pdf = (lang: string) => path.join(inject("distDir"), lang, "paper.pdf");

describe("the printed notes", () => {
  it("zh: sets pinyin in a face with precomposed tone letters (ō, ǎ), embedded as TrueType", () => {
    // Noto Serif SC has no ō: Chromium drew o and a combining macron from another font, misplaced (to¯uxízhě).
    const pinyin = pdfFonts(pdf("zh")).filter((f) => /SourceSerif4/.test(f.name));
    expect(pinyin.length).toBeGreaterThan(0);
    for (const f of pinyin) expect(f, f.name).toMatchObject({ type: "CID TrueType", embedded: true });
    const text = execFileSync("pdftotext", [pdf("zh"), "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    for (const word of ["tōuxízhě", "tóuzīzhě", "zhōngdiǎn", "zhòngdiǎn"]) expect(text).toContain(word);
  });

  it("set English in Source Serif 4 on purpose, never the machine's fallback serif (DejaVu Serif on Linux)", () => {
    for (const lang of ["zh", "en"]) {
      const names = pdfFonts(pdf(lang)).map((f) => f.name);
      expect(names.filter((n) => /DejaVuSerif/.test(n)), lang).toEqual([]);
      expect(names.some((n) => /SourceSerif4-(Regular|Bold|SemiBold)/.test(n)), lang).toBe(true);
    }
  });

  it("print no ↩ back-links", () => {
    for (const lang of ["zh", "en"]) expect(execFileSync("pdftotext", [pdf(lang), "-"], { encoding: "utf8" }), lang).not.toContain("↩");
  });
});
