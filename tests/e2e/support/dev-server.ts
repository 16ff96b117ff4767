// Runs `astro dev` in a fixture project and reports the address it serves on.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { stripVTControlCharacters } from "node:util";
import { buildEnv } from "../global-setup.ts";

export interface DevServer {
  origin: string;
  /** Everything the server has printed so far. */
  output: () => string;
  close: () => Promise<void>;
}

/** A port free right now. Not "--port 0": the page's live-reload client would be told to connect to port 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startDevServer(dir: string, timeoutMs = 120_000): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn("npx", ["astro", "dev", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: dir,
    env: buildEnv({}),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      // The whole group: npx, node and anything they started.
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`astro dev did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // "Local    http://127.0.0.1:4321/" (with colour codes around parts of it).
      const clean = stripVTControlCharacters(output);
      const match = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(clean);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ origin: match[1], output: () => output, close });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev exited with ${code}:\n${output}`));
    });
  });
}
