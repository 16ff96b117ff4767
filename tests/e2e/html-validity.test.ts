// Every built page is valid HTML by the Nu HTML Checker (zero errors), and the check catches broken markup.
import path from "node:path";
import { beforeAll, describe as group, expect, inject, it } from "vitest";
import { describe, nuErrors, type NuMessage } from "./support/nu-checker.ts";
import { htmlFiles } from "./support/site.ts";

const dist = inject("distDir");
const pages = htmlFiles(dist);
const fixture = path.resolve("tests/fixtures/html/invalid.html");
let errors: NuMessage[];
// The checker names files by file: URL (in its own spelling); compare paths.
const isFixture = (e: NuMessage) => new URL(e.url).pathname === fixture;

// One run over the site and the broken fixture: the Java start-up is most of the cost.
beforeAll(() => {
  errors = nuErrors([...pages, fixture]);
});

group("Nu HTML Checker", () => {
  it("finds no errors in any built page", () => {
    expect(pages.map((p) => path.relative(dist, p))).toEqual(expect.arrayContaining(["index.html", "zh/index.html", "en/index.html", "404.html"]));
    expect(describe(errors.filter((e) => !isFixture(e)), dist)).toEqual([]);
  });

  it("reports each mistake in a deliberately invalid page (so the gate can fail)", () => {
    const found = errors.filter(isFixture);
    const text = found.map((e) => e.message).join("\n");
    expect(text).toMatch(/Duplicate ID “twice”/);
    expect(text).toMatch(/Element “head” is missing a required instance of child element “title”/);
    expect(text).toMatch(/Element “div” not allowed as child of element “span”/);
    expect(found.every((e) => e.type === "error")).toBe(true);
  });
});
