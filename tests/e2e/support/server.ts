// A tiny static file server that serves a built site under its base path, as GitHub Pages would.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Maps a request path under `base` to a file in `root`, the way GitHub Pages resolves folders. */
export function resolveFile(root: string, base: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  if (!decoded.startsWith(base)) return undefined;
  const rel = decoded.slice(base.length);
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, "index.html");
  if (existsSync(index)) return index;
  if (existsSync(`${file}.html`)) return `${file}.html`;
  return undefined;
}

export async function startServer(root: string, base: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const file = resolveFile(root, base, req.url ?? "/");
    const status = file ? 200 : 404;
    const body = file ?? path.join(root, "404.html");
    res.writeHead(status, { "content-type": TYPES[path.extname(body)] ?? "application/octet-stream" });
    // A folder without a 404.html (a test fixture) answers an empty 404.
    if (existsSync(body)) createReadStream(body).pipe(res);
    else res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
