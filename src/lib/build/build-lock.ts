// One build at a time per checkout: a lock file holding the builder's pid; a second build waits for it, saying so, and a dead builder's lock is taken over.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import path from "node:path";

/** Beside the card cache, inside node_modules, which both builds share. */
export const BUILD_LOCK_FILE = "node_modules/.cache/paper-site/build.lock";

export interface LockOwner {
  pid: number;
  since: string;
}

/** Whether a process with this pid is alive (signal 0 only checks; EPERM means it exists under another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" ? { pid: owner.pid, since: String(owner.since ?? "") } : undefined;
  } catch {
    return undefined;
  }
}

/** Creates the lock atomically (O_EXCL); undefined when it is held. A lock whose owner is dead, or unreadable, is removed first. */
export function tryLock(file: string, pid = process.pid): LockOwner | undefined {
  mkdirSync(path.dirname(file), { recursive: true });
  const owner = readOwner(file);
  if (owner === undefined || !alive(owner.pid)) rmSync(file, { force: true });
  try {
    const fd = openSync(file, "wx");
    const mine = { pid, since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(mine));
    closeSync(fd);
    return mine;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return undefined;
    throw error;
  }
}

export function waitingMessage(owner: LockOwner | undefined, file: string): string {
  const who = owner ? `pid ${owner.pid}, started ${owner.since}` : "its owner is starting";
  return `Another build is running in this checkout (${who}); waiting for it to finish (lock: ${file}).`;
}

/**
 * Takes the lock, waiting while another live build holds it (printing one message), and releases it when
 * this process exits however it ends (the function returned releases it earlier). Fails after `timeoutMs`, naming the file to remove if that build hung.
 */
export async function acquireBuildLock(root: string, log: (message: string) => void, timeoutMs = 30 * 60_000, pollMs = 200): Promise<() => void> {
  const file = path.join(root, BUILD_LOCK_FILE);
  const started = Date.now();
  let told = false;
  while (tryLock(file) === undefined) {
    if (!told) log(waitingMessage(readOwner(file), BUILD_LOCK_FILE));
    told = true;
    if (Date.now() - started > timeoutMs) throw new Error(`${BUILD_LOCK_FILE}: another build has held the lock for ${Math.round(timeoutMs / 60_000)} minutes; if it hung, stop it or remove the file.`);
    await new Promise((done) => setTimeout(done, pollMs));
  }
  if (told) log("The other build has finished; building.");
  const release = () => {
    if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.once("exit", release);
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      release();
      process.kill(process.pid, signal);
    });
  return release;
}
