import { describe, expect, it } from "vitest";
import { CHROMIUM_CANDIDATES, findChromium } from "../../../src/lib/pdf/chromium.ts";
import { pdfEnabled, pdfPath } from "../../../src/lib/pdf/switch.ts";
import { cssString, runningHeadCss, shortTitle } from "../../../src/lib/pdf/running-head.ts";

describe("the BUILD_PDF switch", () => {
  it("is on for 1/true/yes and off when unset, empty, 0, false or no", () => {
    for (const on of ["1", "true", "yes", " 1 "]) expect(pdfEnabled({ BUILD_PDF: on }), on).toBe(true);
    for (const off of [undefined, "", "0", "false", "no", "off"]) expect(pdfEnabled({ BUILD_PDF: off }), String(off)).toBe(false);
    expect(pdfPath("zh")).toBe("zh/paper.pdf");
  });
});

describe("finding Chromium", () => {
  it("takes CHROMIUM_PATH alone when it is set", () => {
    expect(findChromium({ CHROMIUM_PATH: "/opt/c" }, (f) => f === "/opt/c")).toBe("/opt/c");
    expect(() => findChromium({ CHROMIUM_PATH: "/opt/c" }, () => false)).toThrow(/Tried: \/opt\/c \(CHROMIUM_PATH\)\. .*set CHROMIUM_PATH/);
  });

  it("otherwise tries the usual places in order, and names every one when none is there", () => {
    expect(findChromium({}, (f) => f === "/usr/bin/google-chrome")).toBe("/usr/bin/google-chrome");
    let message = "";
    try {
      findChromium({}, () => false);
    } catch (error) {
      message = String(error);
    }
    for (const path of CHROMIUM_CANDIDATES) expect(message).toContain(path);
    expect(message).toMatch(/apt-get install chromium/);
  });
});

describe("the running head", () => {
  it("is the title before its colon", () => {
    expect(shortTitle("互联网金融的业务模式与发展趋势：以蚂蚁金服为例")).toBe("互联网金融的业务模式与发展趋势");
    expect(shortTitle("Internet Finance: A Case Study")).toBe("Internet Finance");
    expect(shortTitle("No subtitle")).toBe("No subtitle");
  });

  it("is a CSS string no title can break out of", () => {
    expect(cssString('a "b" \\ c')).toBe('"a \\22 b\\22  \\5c  c"');
    const css = runningHeadCss('x</style><script>alert(1)</script>"; } body { display:none');
    expect(css).not.toMatch(/<|"; }/);
    expect(css).toMatch(/^@media print \{ @page \{ @top-center \{ content: "x\\3c \/style>/);
  });
});

describe("the PDF's metadata", () => {
  it("names the title, every author, keywords, abstract and language", async () => {
    const { PDFDocument, PDFName, PDFString, PDFHexString } = await import("pdf-lib");
    const { setPdfInfo } = await import("../../../src/lib/pdf/print.ts");
    const blank = await PDFDocument.create();
    blank.addPage();
    const out = await setPdfInfo(await blank.save(), {
      title: "[Editorial title]",
      authors: ["王小明", "Fairweather, Grace"],
      keywords: ["Internet finance", "business model"],
      subject: "The abstract.",
      language: "zh-Hans",
    });
    const doc = await PDFDocument.load(out);
    expect(doc.getTitle()).toBe("[Editorial title]");
    expect(doc.getAuthor()).toBe("王小明; Fairweather, Grace");
    expect(doc.getKeywords()).toBe("Internet finance; business model");
    expect(doc.getSubject()).toBe("The abstract.");
    const lang = doc.catalog.lookup(PDFName.of("Lang"));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined).toBe("zh-Hans");
  });

  it("names no author when the metadata gives none", async () => {
    const { PDFDocument } = await import("pdf-lib");
    const { setPdfInfo } = await import("../../../src/lib/pdf/print.ts");
    const blank = await PDFDocument.create();
    blank.addPage();
    const doc = await PDFDocument.load(await setPdfInfo(await blank.save({ updateFieldAppearances: false }), { title: "T", authors: [], keywords: [], subject: "", language: "en" }));
    expect(doc.getAuthor()).toBeUndefined();
    expect(doc.getKeywords()).toBeUndefined();
  });
});

describe("the PDF's XMP metadata", () => {
  const info = {
    title: "Internet Finance <&> Models",
    authors: ["王, 小明", "Fairweather, Grace"],
    keywords: ["Internet finance", "business model"],
    subject: "The abstract.",
    language: "en",
    date: "2019-06-15",
    doi: "10.5555/jff.2019.0312",
    rights: "CC BY 4.0",
  };

  it("is a packet with title, creators, date, DOI, language and rights, every value escaped", async () => {
    const { xmpPacket } = await import("../../../src/lib/pdf/print.ts");
    const xmp = xmpPacket(info);
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Internet Finance &#60;&#38;&#62; Models</rdf:li></rdf:Alt></dc:title>');
    expect(xmp).toContain("<dc:creator><rdf:Seq><rdf:li>王, 小明</rdf:li><rdf:li>Fairweather, Grace</rdf:li></rdf:Seq></dc:creator>");
    expect(xmp).toContain("<prism:doi>10.5555/jff.2019.0312</prism:doi>");
    expect(xmp).toContain("<dc:date><rdf:Seq><rdf:li>2019-06-15</rdf:li></rdf:Seq></dc:date>");
    expect(xmp).toContain('<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">CC BY 4.0</rdf:li></rdf:Alt></dc:rights>');
    expect(xmp).not.toContain("<dc:identifier>doi:undefined");
  });

  it("on a translation, names its translators and the original it translates, and gives neither when there are none", async () => {
    const { xmpPacket } = await import("../../../src/lib/pdf/print.ts");
    const translation = { ...info, doi: undefined, date: undefined, contributors: ["Li, Yi"], relations: ["https://doi.org/10.5555/jff.2019.0312", "https://example.org/zh/"] };
    const xmp = xmpPacket(translation);
    expect(xmp).toContain("<dc:contributor><rdf:Bag><rdf:li>Li, Yi</rdf:li></rdf:Bag></dc:contributor>");
    expect(xmp).toContain("<dc:relation><rdf:Bag><rdf:li>https://doi.org/10.5555/jff.2019.0312</rdf:li><rdf:li>https://example.org/zh/</rdf:li></rdf:Bag></dc:relation>");
    expect(xmp).not.toContain("prism:doi");
    expect(xmpPacket(info)).not.toMatch(/dc:contributor|dc:relation/);
  });

  it("is the catalog's Metadata stream, which poppler's pdfinfo -meta prints", async () => {
    const { PDFDocument } = await import("pdf-lib");
    const { setPdfInfo } = await import("../../../src/lib/pdf/print.ts");
    const blank = await PDFDocument.create();
    blank.addPage();
    const out = await setPdfInfo(await blank.save(), info);
    const { execFileSync } = await import("node:child_process");
    const { existsSync, mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const text = Buffer.from(out).toString("latin1");
    expect(text).toMatch(/\/Type \/Metadata/);
    expect(text).toContain("<prism:doi>10.5555/jff.2019.0312</prism:doi>");
    if (existsSync("/usr/bin/pdfinfo")) {
      const file = path.join(mkdtempSync(path.join(tmpdir(), "xmp-")), "x.pdf");
      writeFileSync(file, out);
      const meta = execFileSync("pdfinfo", ["-meta", file], { encoding: "utf8" });
      expect(meta).toContain("<prism:doi>10.5555/jff.2019.0312</prism:doi>");
      expect(meta).toContain("<rdf:li>王, 小明</rdf:li>");
    }
  });
});
