// The CSP helpers: hashes as the browser computes them, and the meta tag moved before any inline code.
import { describe, expect, it } from "vitest";
import { CSP_DIRECTIVES, cspHash, cspMetaFirst } from "../../../src/lib/site/csp.ts";

const META = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;

describe("cspHash", () => {
  it("is the base64 SHA-256 of the UTF-8 text", () => {
    // Known value: the hash of the empty string.
    expect(cspHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    expect(cspHash("互")).not.toBe(cspHash("互 "));
  });
});

describe("cspMetaFirst", () => {
  it("moves the policy right after <meta charset>, before the inline script", () => {
    const html = `<html><head><meta charset="utf-8"><script>x()</script><style>p{}</style>${META}</head><body></body></html>`;
    expect(cspMetaFirst(html, "zh/index.html")).toBe(`<html><head><meta charset="utf-8">${META}<script>x()</script><style>p{}</style></head><body></body></html>`);
  });

  it("names the page that has no policy", () => {
    expect(() => cspMetaFirst(`<head><meta charset="utf-8"></head>`, "en/index.html")).toThrow(/^en\/index\.html: no Content-Security-Policy/);
  });

  it("the fixed directives forbid plugins and <base>", () => {
    expect(CSP_DIRECTIVES).toContain("object-src 'none'");
    expect(CSP_DIRECTIVES).toContain("base-uri 'none'");
    expect(CSP_DIRECTIVES.join(";")).not.toMatch(/unsafe/);
  });
});
