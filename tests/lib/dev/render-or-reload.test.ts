import { describe, expect, it } from "vitest";
import { renderOrReload } from "../../../src/lib/dev/render-or-reload.ts";

const failing = () => Promise.reject(new Error('content/paper/zh.md:11: citation key "ref01" is not in bibliography/references.bib.'));

describe("renderOrReload", () => {
  it("passes a good render through", async () => {
    const page = new Response("page");
    expect(await renderOrReload(() => Promise.resolve(page), "a", () => "b")).toBe(page);
  });

  it("raises the error when the inputs are as they were when the request began: it is the author's", async () => {
    await expect(renderOrReload(failing, "a", () => "a")).rejects.toThrow('citation key "ref01"');
  });

  it("asks for the page again when a save landed during the failed render", async () => {
    const response = await renderOrReload(failing, "a", () => "b");
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="refresh" content="0">/);
    expect(html).not.toMatch(/<script/);
  });
});
