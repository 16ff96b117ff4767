// The build lock: one holder at a time, a waiting build says why and goes on when the first ends, a dead holder's lock is taken over.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_LOCK_FILE, acquireBuildLock, tryLock, waitingMessage } from "../../../src/lib/build/build-lock.ts";

const fresh = () => mkdtempSync(path.join(tmpdir(), "build-lock-"));

describe("tryLock", () => {
  it("gives the lock to one holder only", () => {
    const file = path.join(fresh(), BUILD_LOCK_FILE);
    expect(tryLock(file)?.pid).toBe(process.pid);
    expect(tryLock(file)).toBeUndefined();
  });

  it("takes over the lock of a process that no longer exists, or an unreadable one", () => {
    const file = path.join(fresh(), BUILD_LOCK_FILE);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 12345, since: "then" }));
    expect(tryLock(file)?.pid).toBe(process.pid);
    writeFileSync(file, "half-writ");
    expect(tryLock(file)?.pid).toBe(process.pid);
  });
});

describe("acquireBuildLock", () => {
  it("waits for a live holder with one clear message, then takes the lock when it exits, and frees it", async () => {
    const root = fresh();
    const file = path.join(root, BUILD_LOCK_FILE);
    mkdirSync(path.dirname(file), { recursive: true });
    // Another build: a live process whose pid is in the lock; it ends after a moment.
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600)"]);
    writeFileSync(file, JSON.stringify({ pid: other.pid, since: "2026-12-01T00:00:00.000Z" }));
    const messages: string[] = [];
    const started = Date.now();
    const release = await acquireBuildLock(root, (m) => messages.push(m), 10_000, 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(messages).toEqual([waitingMessage({ pid: other.pid!, since: "2026-12-01T00:00:00.000Z" }, BUILD_LOCK_FILE), "The other build has finished; building."]);
    expect(messages[0]).toMatch(/^Another build is running in this checkout \(pid \d+, started 2026-12-01T00:00:00\.000Z\); waiting/);
    expect(JSON.parse(readFileSync(file, "utf8")).pid).toBe(process.pid);
    release();
    expect(existsSync(file)).toBe(false);
  });

  it("fails after the timeout, naming the lock file", async () => {
    const root = fresh();
    const file = path.join(root, BUILD_LOCK_FILE);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ pid: process.ppid, since: "x" }));
    await expect(acquireBuildLock(root, () => {}, 100, 20)).rejects.toThrow(`${BUILD_LOCK_FILE}: another build has held the lock`);
  });
});
