// Citations on the built site: the same numbers in both languages, links both ways, and previews in Chromium
// by mouse, keyboard and touch, with no layout shift, and with JavaScript off.
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import type { Page } from "playwright-core";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";
import { loadPage } from "./support/site.ts";
import { useBuiltSite } from "./support/built-site.ts";

const dist = inject("distDir");

/** Key → number from a page's reference list. */
function numbers(rel: string): Map<string, number> {
  const $ = loadPage(dist, rel);
  return new Map(
    $("section.references li.reference")
      .map((_, li): [[string, number]] => [[($(li).attr("id") ?? "").replace(/^ref-/, ""), Number($(li).find(".reference-number").text().replace(/\D/g, ""))]])
      .get(),
  );
}

describe("citations in the built pages", () => {
  it("the Chinese page shows [1]–[19] in order and lists 19 entries", () => {
    const zh = numbers("zh/index.html");
    expect([...zh.values()]).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    const $ = loadPage(dist, "zh/index.html");
    // "[3-5,7]" cites 3, 4, 5 and 7.
    const cited = $(".citation")
      .map((_, c) => $(c).text().replace(/[[\]]/g, "").split(","))
      .get()
      .flatMap((part: string) => {
        const [from, to = from] = part.split("-").map(Number) as [number, number?];
        return Array.from({ length: to - from + 1 }, (_, k) => from + k);
      });
    expect(new Set(cited)).toEqual(new Set(zh.values()));
  });

  it("every work has the same number on both pages", () => {
    const zh = numbers("zh/index.html");
    const en = numbers("en/index.html");
    expect([...en]).toEqual([...zh]);
    // Each citation the English text has so far shows the Chinese number of the work it links to.
    const $ = loadPage(dist, "en/index.html");
    $(".citation-ref").each((_, a) => {
      const key = ($(a).attr("href") ?? "").replace("#ref-", "");
      expect(zh.get(key), key).toBe(Number($(a).text()));
    });
  });

  for (const rel of ["zh/index.html", "en/index.html"]) {
    it(`${rel}: every citation link resolves to an entry and every back-link to a citation that cites it`, () => {
      const $ = loadPage(dist, rel);
      $(".citation a").each((_, a) => {
        const href = $(a).attr("href") ?? "";
        if (!href.startsWith("#")) return;
        expect($(href).is("li.reference"), href).toBe(true);
      });
      $(".reference-backlink").each((_, a) => {
        const target = $($(a).attr("href") ?? "");
        expect(target.is(".citation")).toBe(true);
        expect((target.attr("data-cites") ?? "").split(" ")).toContain($(a).closest("li").attr("id")?.slice(4));
      });
      // The reference list is one section, after the text, with its heading in the table of contents.
      expect($("section#references.references")).toHaveLength(1);
      expect($("section#references p")).toHaveLength(0);
      expect($("section#references").parent().is(".body")).toBe(true);
      expect($(`.toc-wide a[href="#references-title"]`).text()).toBe($("#references-title").text());
    });
  }
});

describe("previews in Chromium", () => {
  const served = useBuiltSite();
  const url = served.url;

  const visible = (page: Page, id: string) => page.locator(`#${id} > .citation-preview`).isVisible();
  const layout = (page: Page) =>
    page.evaluate(() => ["sec-1-1-p1", "sec-1-1-p2", "sec-1-1-p3"].map((id) => JSON.stringify(document.getElementById(id)?.getBoundingClientRect())));

  it("opens on hover without moving the text, stays while the pointer moves onto it, and Escape closes it", async () => {
    const page = await served.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url("zh/#sec-1-1"));
    const link = page.locator("#cite-2 .citation-ref").first();
    expect(await visible(page, "cite-2")).toBe(false);
    const before = await layout(page);
    await link.hover();
    await expect.poll(() => visible(page, "cite-2")).toBe(true);
    expect(await layout(page)).toEqual(before);
    // A range [3-5] lists all three works, each linked to its entry.
    const entries = page.locator("#cite-2 .citation-preview-number");
    expect(await entries.allInnerTexts()).toEqual(["[3]", "[4]", "[5]"]);
    expect(await entries.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["#ref-ref03", "#ref-ref04", "#ref-ref05"]);
    // Move the pointer down onto the preview, through the gap: it stays open (WCAG 1.4.13, hoverable).
    const from = await link.boundingBox();
    const to = await page.locator("#cite-2 .citation-preview-entry").nth(1).boundingBox();
    if (!from || !to) throw new Error("no boxes");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.move(to.x + 10, to.y + to.height / 2, { steps: 12 });
    expect(await visible(page, "cite-2")).toBe(true);
    // Dismissible without moving the pointer.
    await page.keyboard.press("Escape");
    expect(await visible(page, "cite-2")).toBe(false);
    // Leaving and coming back opens it again.
    await page.mouse.move(5, 5);
    await link.hover();
    await expect.poll(() => visible(page, "cite-2")).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => visible(page, "cite-2")).toBe(false);
    await page.close();
  });

  it("opens on Tab focus, lets the keyboard reach a work inside a range, closes on Escape, and Enter jumps to the entry", async () => {
    const page = await served.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url("zh/"));
    // Start from the last number of the first citation, then Tab into the second one, [3-5].
    await page.locator("#cite-1 .citation-ref").last().focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".citation")?.id)).toBe("cite-2");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("3");
    await expect.poll(() => visible(page, "cite-2")).toBe(true);
    expect(await visible(page, "cite-1")).toBe(false);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("5");
    await page.keyboard.press("Tab");
    // [4] has no number of its own in "[3-5]": its preview link is next in the Tab order.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#ref-ref04");
    expect(await visible(page, "cite-2")).toBe(true);
    // Escape closes it; focus, which was inside the preview, goes back to the citation's own number.
    await page.keyboard.press("Escape");
    expect(await visible(page, "cite-2")).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#ref-ref05");
    expect(await visible(page, "cite-2")).toBe(false);
    await page.keyboard.press("Enter");
    await page.waitForURL(/#ref-ref05$/);
    const box = await page.locator("#ref-ref05").boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await page.close();
  });

  it("gives screen readers the link's name and the entry as its description", async () => {
    const page = await served.browser().newPage();
    await page.goto(url("zh/"));
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "#cite-4 .citation-ref" });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    const node = nodes.find((n) => n.role?.value === "link");
    expect(node?.name?.value).toBe("参考文献 8");
    expect(node?.description?.value).toBe("原文未提供该文献的著录信息");
    // The start of a range is described by every work in it.
    const range = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "#cite-2 .citation-ref" });
    const rangeTree = await cdp.send("Accessibility.getPartialAXTree", { nodeId: range.nodeId, fetchRelatives: false });
    const rangeLink = rangeTree.nodes.find((n) => n.role?.value === "link");
    expect(rangeLink?.name?.value).toBe("参考文献 3 至 5");
    expect(rangeLink?.description?.value).toBe("参考文献 3 原文未提供该文献的著录信息 参考文献 4 原文未提供该文献的著录信息 参考文献 5 原文未提供该文献的著录信息");
    await page.close();
  });

  it("on a touch screen the first tap opens the preview and the second follows the link", async () => {
    const context = await served.browser().newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(url("zh/"));
    const link = page.locator("#cite-1 .citation-ref").first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect.poll(() => visible(page, "cite-1")).toBe(true);
    expect(new URL(page.url()).hash).toBe("");
    // The preview fits in the narrow viewport.
    const box = await page.locator("#cite-1 > .citation-preview").boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await link.tap();
    await page.waitForURL(/#ref-ref01$/);
    await context.close();
  });

  it("with JavaScript off, a click jumps to the entry and its back-link returns (the entry is not repeated in the HTML)", async () => {
    const context = await served.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url("zh/"));
    expect(await page.locator(".citation-preview").count()).toBe(0);
    const link = page.locator("#cite-6 .citation-ref").first();
    expect(await link.getAttribute("aria-label")).toBe("参考文献 9");
    await link.click();
    await page.waitForURL(/#ref-ref09$/);
    const back = page.locator("#ref-ref09 .reference-backlink").first();
    await back.click();
    await page.waitForURL(/#cite-5$/);
    await context.close();
  });
});

describe("the build and the bibliography", () => {
  let project: FixtureProject | undefined;
  afterEach(() => {
    project?.dispose();
    project = undefined;
    vi.unstubAllEnvs();
  });

  it("prints the incomplete entries once, and an uncited entry, as warnings", () => {
    project = fixtureProject();
    project.edit("bibliography/references.bib", (t) => `${t}\n@book{extra2020, title = {An Uncited Book}, year = {2020}}\n`);
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    // One line, after Astro's route list: details only when asked for.
    expect(output.match(/\[bibliography\] 19 of the 19 works cited from bibliography\/references\.bib are incomplete/g)).toHaveLength(1);
    expect(output).toContain("\n[bibliography] 19 of the 19 works cited from bibliography/references.bib are incomplete (no title: 19, no date: 19); BIB_DETAILS=1 lists them by line, STRICT_BIB=1 makes this an error.\n");
    expect(output.indexOf("[bibliography]")).toBeGreaterThan(output.indexOf("/index.html"));
    expect(output).not.toMatch(/references\.bib:13 ref01/);
    const detailed = project.build({ BIB_DETAILS: "1" }).output;
    expect(detailed).toMatch(/no title[^\n]*:\n(    .*\n)*    bibliography\/references\.bib:13 ref01\n/);
    expect(output.match(/\[bibliography\] 1 of 20 entries in bibliography\/references\.bib are not cited in content\/paper\/zh\.md and are not listed \(extra2020\)\./g)).toHaveLength(1);
  });

  it("STRICT_BIB=1 makes the incomplete entries fail the build", () => {
    project = fixtureProject();
    vi.stubEnv("STRICT_BIB", "1");
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/19 of the 19 works cited from bibliography\/references\.bib are incomplete[\s\S]*STRICT_BIB is set, so this fails the build/);
  });

  it("a citation key missing from the bibliography fails the build, naming the key, file and line", () => {
    project = fixtureProject();
    project.edit("content/paper/zh.md", (t) => t.replace("[@ref08]", "[@ref08; @ref99]"));
    const line = project.read("content/paper/zh.md").split("\n").findIndex((l) => l.includes("@ref99")) + 1;
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`content/paper/zh.md:${line}: citation key "ref99" is not in bibliography/references.bib`);
  });
});
