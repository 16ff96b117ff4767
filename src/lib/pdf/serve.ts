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

/** The request's path, percent-decoded; undefined for a malformed escape ("%E0%A4%A", "%ZZ") or a NUL. */
export function decodePath(urlPath: string): string | undefined {
  try {
    const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
    return decoded.includes("\0") ? undefined : decoded;
  } catch {
    return undefined;
  }
}

/** Whether `file` is `dir` or inside it (a sibling such as dist-old only shares a prefix). */
const inside = (dir: string, file: string): boolean => {
  const rel = path.relative(dir, file);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

function resolve(root: string, base: string, decoded: string, mounts: Mounts): string | undefined {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!decoded.startsWith(prefix)) continue;
    const file = path.join(dir, decoded.slice(prefix.length));
    return inside(dir, file) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  }
  if (!decoded.startsWith(base)) return undefined;
  const file = path.join(root, decoded.slice(base.length));
  if (!inside(root, file)) return undefined;
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
    // A malformed URL (which a page's own link can cause while printing) is the client's error, never a crash of the build.
    const decoded = decodePath(req.url ?? "/");
    if (decoded === undefined) {
      res.writeHead(400).end();
      return;
    }
    let file: string | undefined;
    try {
      file = resolve(root, base, decoded, mounts);
    } catch {
      file = undefined;
    }
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
