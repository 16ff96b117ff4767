// The PDF print server: malformed URLs get 400, paths outside the site 404, and the server keeps serving.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodePath, serveDir, type Served } from "../../../src/lib/pdf/serve.ts";

/** The status for a raw request path (fetch would normalise it first). */
function status(origin: string, rawPath: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(`${origin}/`, { path: rawPath }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", fail);
    req.end();
  });
}

describe("decodePath", () => {
  it("decodes a good path and refuses a malformed escape or a NUL", () => {
    expect(decodePath("/paper-site/zh/%E4%BA%92.png?x#y")).toBe("/paper-site/zh/互.png");
    for (const bad of ["/paper-site/%E0%A4%A", "/%ZZ", "/%", "/a%00b"]) expect(decodePath(bad), bad).toBeUndefined();
  });
});

describe("serveDir", () => {
  let served: Served;
  const root = mkdtempSync(path.join(tmpdir(), "serve-test-"));
  beforeAll(async () => {
    mkdirSync(path.join(root, "site", "zh"), { recursive: true });
    writeFileSync(path.join(root, "site", "zh", "index.html"), "<p>zh</p>");
    mkdirSync(path.join(root, "site-old"));
    writeFileSync(path.join(root, "site-old", "secret.txt"), "no");
    served = await serveDir(path.join(root, "site"), "/paper-site/");
  });
  afterAll(() => served.close());

  it("answers a malformed percent-escape with 400 and keeps serving", async () => {
    expect(await status(served.origin, "/paper-site/%E0%A4%A")).toBe(400);
    expect(await status(served.origin, "/paper-site/%ZZ/index.html")).toBe(400);
    expect(await status(served.origin, "/paper-site/zh/")).toBe(200);
  });

  it("serves nothing outside the site, not even a sibling folder sharing its name's prefix", async () => {
    expect(await status(served.origin, "/paper-site/../site-old/secret.txt")).toBe(404);
    expect(await status(served.origin, "/paper-site/%2e%2e/site-old/secret.txt")).toBe(404);
    expect(await status(served.origin, "/paper-site/nothing.html")).toBe(404);
  });
});
