// The author's edit loop: in `astro dev`, an edit to any input shows on the open page by itself, and a bad save
// shows the error overlay naming the file and line until the next good save. Latency is measured in the bench.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./support/browser.ts";
import { startDevServer, type DevServer } from "./support/dev-server.ts";
import { fixtureProject, type FixtureProject } from "./support/fixture-project.ts";

let project: FixtureProject;
let server: DevServer;
let browser: Browser;
let page: Page;
const WAIT = 20_000;

beforeAll(async () => {
  project = fixtureProject();
  server = await startDevServer(project.dir);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.origin}/zh/`);
  // Vite may reload the page once after its first dependency scan; edits start after that.
  await page.waitForTimeout(3000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.dispose();
});

/** Text of the page, or of the error overlay when one is shown. */
function overlayText(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector("vite-error-overlay")?.shadowRoot?.textContent ?? null);
}

/** One tab, as an author works: it is moved to the page in the language an edit is about, then left alone. */
async function open(lang: "zh" | "en"): Promise<Page> {
  if (!page.url().endsWith(`/${lang}/`)) {
    // The last edit's reloads may still be arriving; one can cut a navigation short, so it is retried.
    await page.waitForTimeout(1000);
    await page.goto(`${server.origin}/${lang}/`).catch(() => page.goto(`${server.origin}/${lang}/`));
    await page.waitForTimeout(1000);
  }
  return page;
}

async function shows(page: Page, text: string): Promise<void> {
  try {
    await page.waitForFunction((t) => !document.querySelector("vite-error-overlay") && document.body.innerText.includes(t), text, { timeout: WAIT });
  } catch (error) {
    const seen = (await overlayText(page)) ?? (await page.evaluate(() => document.body.innerText.slice(0, 400)));
    throw new Error(`"${text}" did not show on ${page.url()}; the page shows:\n${seen}\n\nThe server printed:\n${server.output().slice(-3000)}`, { cause: error });
  }
}

describe("npm run dev: every input is live", () => {
  it("the paper files", async () => {
    const zh = await open("zh");
    project.edit("content/paper/zh.md", (t) => t.replace("近年来，随着科技的发展", "近年以来，随着科技的发展"));
    await shows(zh, "近年以来，随着科技的发展");
    const en = await open("en");
    project.edit("content/paper/en.md", (t) => t.replace(/^In recent years/m, "In the recent years"));
    await shows(en, "In the recent years");
  });

  it("the bibliography, its CSL style and its locale", async () => {
    const zh = await open("zh");
    project.edit("bibliography/references.bib", (t) =>
      t.replace("@misc{ref01,\n}", "@book{ref01,\n  author = {张三 and 李四 and 王五 and 赵六},\n  title = {测试书名},\n  address = {北京},\n  publisher = {测试出版社},\n  edition = {2},\n  year = {2020},\n  langid = {chinese},\n}"),
    );
    await shows(zh, "测试书名");
    await shows(zh, "2版");
    // Most Chinese terms are the style's own (GB/T's); the ordinal suffix of an edition comes from the locale.
    project.edit("bibliography/styles/locales-zh-CN.xml", (t) => t.replace('<term name="ordinal"></term>', '<term name="ordinal">.</term>'));
    await shows(zh, "2.版");
    project.edit("bibliography/styles/gb-t-7714-2015-numeric-bilingual.csl", (t) => t.replace('<text value="M"/>', '<text value="MB"/>'));
    await shows(zh, "测试书名[MB]");
  });

  it("the CSL style restyles the \"Cite this paper\" box too, not only the reference list", async () => {
    const zh = await open("zh");
    // A reload may be under way: that reading counts as empty and is taken again.
    const cite = () => zh.evaluate(() => document.querySelector("#cite-text")?.textContent ?? "").catch(() => "");
    // The seed's paper has no venue: an online text, [EB/OL].
    await expect.poll(cite, { timeout: WAIT }).toContain("[EB/OL]");
    // One save restyles a reference (already tested above) and the paper's own type; once the reference
    // shows the new style, the box must too.
    project.edit("bibliography/styles/gb-t-7714-2015-numeric-bilingual.csl", (t) => t.replace('<text value="MB"/>', '<text value="MC"/>').replace('<text value="EB"/>', '<text value="EBW"/>'));
    await shows(zh, "测试书名[MC]");
    await expect.poll(cite, { timeout: 5000 }).toContain("[EBW/OL]");
  });

  it("corrections, translator's notes and glossary, with text and notes never out of step", async () => {
    const zh = await open("zh");
    project.edit("content/corrections.yaml", (t) => t.replace("  correction: 投资者\n", "  correction: 投资人\n").replace("文意为保护投资者的合法权益", "文意为保护投资人的合法权益"));
    await shows(zh, "保护投资人的合法权益");
    // The same reload brought the note: the page never shows the new text with the old note.
    expect(await zh.evaluate(() => document.querySelector("#editor-notes")?.textContent ?? "")).toContain("文意为保护投资人的合法权益");
    const en = await open("en");
    project.edit("content/translator-notes.yaml", (t) => t.replace('  note: "', '  note: "EDITED NOTE. '));
    await shows(en, "EDITED NOTE.");
    project.edit("content/glossary.yaml", (t) => `${t.trimEnd()}\n- zh: 测试术语\n  en: test term\n`);
    await shows(en, "测试术语");
  });

  it("the metadata and the interface strings", async () => {
    const zh = await open("zh");
    project.edit("content/metadata.yaml", (t) => t.replace("zh: 互联网金融的业务模式与发展趋势：以蚂蚁金服为例", "zh: 互联网金融的业务模式与发展趋势：以蚂蚁金服为例（修订）"));
    await shows(zh, "以蚂蚁金服为例（修订）");
    project.edit("src/lib/i18n/dictionaries/zh.ts", (t) => t.replace('references: "参考文献",', 'references: "参考文献表",'));
    await zh.waitForFunction(() => document.querySelector("#references-title")?.textContent === "参考文献表", undefined, { timeout: WAIT });
  });

  it("a bad save shows the overlay naming the file and line; the next good save recovers", async () => {
    const zh = await open("zh");
    const corrections = project.read("content/corrections.yaml");
    project.write("content/corrections.yaml", corrections.replace("  in: sec-2-4-p1", "  in: [sec-2-4-p1"));
    await expect.poll(() => overlayText(zh), { timeout: WAIT }).toMatch(/content\/corrections\.yaml:\d+: YAML syntax error/);
    project.write("content/corrections.yaml", corrections);
    await shows(zh, "保护投资人的合法权益");

    const paper = project.read("content/paper/zh.md");
    project.write("content/paper/zh.md", paper.slice(0, 40));
    await expect.poll(() => overlayText(zh), { timeout: WAIT }).toMatch(/content\/paper\/zh\.md:1: the frontmatter is missing or unfinished/);
    project.write("content/paper/zh.md", paper.replace("### 2.1.", "### 二."));
    await expect.poll(() => overlayText(zh), { timeout: WAIT }).toMatch(/content\/paper\/zh\.md:\d+: heading "二\. 互联网金融概念界定" has no section number/);
    project.write("content/paper/zh.md", paper);
    await shows(zh, "近年以来，随着科技的发展");
  });

  it("the overlay's code frame is the author's file at the error's line, not the generator's code", async () => {
    const zh = await open("zh");
    const paper = project.read("content/paper/zh.md");
    const line = paper.split("\n").findIndex((l) => l.includes("[@ref01; @ref02]")) + 1;
    // A citation key is checked when the page resolves citations (src/lib/pipeline/page-time/citations.ts).
    project.write("content/paper/zh.md", paper.replace("[@ref01; @ref02]", "[@ref01; @ref99]"));
    await expect.poll(() => overlayText(zh), { timeout: WAIT }).toContain(`content/paper/zh.md:${line}: citation key "ref99" is not in bibliography/references.bib.`);
    const frame = await zh.evaluate(() => {
      const root = document.querySelector("vite-error-overlay")?.shadowRoot;
      return {
        file: root?.querySelector("#code header h2")?.getAttribute("title") ?? "",
        line: root?.querySelector("#code .error-line")?.textContent ?? "",
        stack: root?.querySelector("#stack-content")?.textContent ?? "",
      };
    });
    expect(frame.file).toBe(`${project.dir}/content/paper/zh.md:${line}:1`);
    expect(frame.line).toContain("[@ref01; @ref99]");
    expect(frame.stack).not.toMatch(/src\/lib|\.prerender|node_modules/);
    project.write("content/paper/zh.md", paper);
    await shows(zh, "近年以来，随着科技的发展");
  });

  it("several open tabs all show the last of two quick saves", async () => {
    await page.waitForTimeout(1000);
    const tabs = [page, await browser.newPage(), await browser.newPage()];
    for (const [tab, path] of [[tabs[1], "en/"], [tabs[2], "zh/parallel/"]] as const) await tab?.goto(`${server.origin}/${path}`);
    await page.waitForTimeout(2000);
    const bib = project.read("bibliography/references.bib");
    const zh = project.read("content/paper/zh.md");
    for (let i = 0; i < 4; i++) {
      // A .bib title (a page-time input) or a sentence of the Chinese (a content-layer input), saved twice 40–130 ms apart.
      const save = (mark: string) =>
        i % 2 === 0
          ? project.write("bibliography/references.bib", bib.replace("@misc{ref02,\n}", `@book{ref02,\n  title = {书名${mark}},\n  date = {2020},\n}`))
          : project.write("content/paper/zh.md", zh.replace("2009 年手机快捷支付出现", `2009 年手机快捷支付出现${mark}`));
      save(`草稿${i}`);
      await page.waitForTimeout(40 + 30 * i);
      save(`定稿${i}`);
      // The English page shows the Chinese sentence only in the side-by-side view; it does show the reference.
      for (const tab of i % 2 === 0 ? tabs : [tabs[0], tabs[2]]) if (tab) await shows(tab, `定稿${i}`);
    }
  });

  it("a page that missed the live reload while it was loading reloads itself", async () => {
    const tab = await browser.newPage();
    // No live-reload client at all, and the stylesheets held back: the page is rendered, then the .bib is
    // saved before the page has finished loading. Only the page's own check can bring it up to date.
    await tab.route("**/@vite/client", (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await tab.route(/\.css(\?|$)/, async (route) => {
      await held;
      await route.continue();
    });
    const html = tab.waitForResponse((r) => new URL(r.url()).pathname === "/zh/");
    const loaded = tab.goto(`${server.origin}/zh/`);
    await html;
    const bib = project.read("bibliography/references.bib");
    project.write("bibliography/references.bib", bib.replace("@misc{ref03,\n}", "@book{ref03,\n  title = {加载时保存的书名},\n  date = {2020},\n}"));
    release();
    await loaded;
    await shows(tab, "加载时保存的书名");
    await tab.close();
  });

  it("a tab left on the error page after the fix's reload was sent leaves it by itself", async () => {
    const tab = await browser.newPage();
    const bib = project.read("bibliography/references.bib");
    // Astro's error page is blank until its live-reload client connects and is sent the overlay. Here the
    // client is held until after the good save's reload has gone out, as on a busy machine; only the error
    // page's own check can bring the tab to the good page (src/integrations/dev-loop/error-page-check.ts).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await tab.route("**/@vite/client", async (route) => {
      await held;
      await route.continue();
    });
    const broken = bib.replace(/@(\w+)\{ref01,/, "@$1{ref01-renamed,");
    expect(broken).not.toBe(bib);
    project.write("bibliography/references.bib", broken);
    await page.waitForTimeout(1000);
    const html = tab.waitForResponse((r) => new URL(r.url()).pathname === "/zh/");
    const loaded = tab.goto(`${server.origin}/zh/`);
    expect((await html).status()).toBe(500);
    project.write("bibliography/references.bib", bib);
    await page.waitForTimeout(1500);
    release();
    await loaded;
    await shows(tab, "近年以来，随着科技的发展");
    await tab.close();
  });
});
