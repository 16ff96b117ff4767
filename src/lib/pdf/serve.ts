// A tiny static server on 127.0.0.1 that serves the built site under its base, for Chromium to print from.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Extra folders served at fixed URL prefixes ("/__pdf-fonts/" → the font package's files). */
export type Mounts = Record<string, string>;

function resolve(root: string, base: string, urlPath: string, mounts: Mounts): string | undefined {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!decoded.startsWith(prefix)) continue;
    const file = path.join(dir, decoded.slice(prefix.length));
    return file.startsWith(dir) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  }
  if (!decoded.startsWith(base)) return undefined;
  const file = path.join(root, decoded.slice(base.length));
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, "index.html");
  return existsSync(index) ? index : undefined;
}

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

export async function serveDir(root: string, base: string, mounts: Mounts = {}): Promise<Served> {
  const server = createServer((req, res) => {
    const file = resolve(root, base, req.url ?? "/", mounts);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
