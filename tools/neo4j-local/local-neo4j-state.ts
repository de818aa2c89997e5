import { existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";

/**
 * The state file of a local Neo4j: `<dataDir>/neo4j-local.json`. The process that starts a local Neo4j on a
 * store (`npm start`, `npm run seed`, `npm run neo4j:local`…) creates it before the JVM starts, keeps it up to
 * date while it supervises the JVM, and removes it when it stops cleanly. Every other process that would open
 * the same store reads it first and uses that Neo4j instead of starting a second one.
 */
export const STATE_FILE_NAME = "neo4j-local.json";

export interface LocalNeo4jState {
  /** "starting" until the JVM answers, "ready" while it serves, "restarting" from a crash until it answers again. */
  status: "starting" | "ready" | "restarting";
  /** e.g. bolt://127.0.0.1:7687 */
  uri: string;
  boltPort: number;
  /** The Node process that started the JVM, supervises it and stops it. */
  ownerPid: number;
  /** The JVM's pid while it runs; null while starting or restarting. */
  jvmPid: number | null;
  /** The store's folder, absolute. */
  dataDir: string;
  updatedAt: string;
}

/** What the state file says about a store: nobody holds it, a live Neo4j serves it, or its owner is still starting or restarting it. */
export type StoreHolder =
  | { kind: "none" }
  | { kind: "live"; state: LocalNeo4jState }
  | { kind: "pending"; state: LocalNeo4jState }
  | { kind: "stale"; state: LocalNeo4jState | null };

export function stateFilePath(dataDir: string): string {
  return join(dataDir, STATE_FILE_NAME);
}

export function readState(dataDir: string): LocalNeo4jState | null | "unreadable" {
  let text: string;
  try {
    text = readFileSync(stateFilePath(dataDir), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    return "unreadable";
  }
  try {
    const state = JSON.parse(text) as LocalNeo4jState;
    return typeof state.ownerPid === "number" && typeof state.uri === "string" && typeof state.boltPort === "number" ? state : "unreadable";
  } catch {
    return "unreadable";
  }
}

/**
 * Creates the state file only if there is none: written aside, then hard-linked into place, which fails when
 * the file exists. So of two processes that start at once, exactly one claims the store. Returns false when
 * another file is there.
 */
export function createStateExclusively(state: LocalNeo4jState): boolean {
  const aside = `${stateFilePath(state.dataDir)}.${process.pid}.tmp`;
  writeFileSync(aside, `${JSON.stringify(state, null, 2)}\n`);
  try {
    linkSync(aside, stateFilePath(state.dataDir));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(aside, { force: true });
  }
}

/** Replaces the owner's state file in one step, so a reader never sees half of it. */
export function writeState(state: LocalNeo4jState): void {
  const aside = `${stateFilePath(state.dataDir)}.${process.pid}.tmp`;
  writeFileSync(aside, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(aside, stateFilePath(state.dataDir));
}

/** Removes the state file if `ownerPid` still owns it, and only then: a stale file someone replaced stays theirs. */
export function removeState(dataDir: string, ownerPid: number): void {
  const state = readState(dataDir);
  if (state !== null && state !== "unreadable" && state.ownerPid === ownerPid) rmSync(stateFilePath(dataDir), { force: true });
}

/** Removes a file judged stale, unless it changed since it was read (another process replaced it meanwhile). */
export function removeStaleState(dataDir: string, stale: LocalNeo4jState | null): void {
  const now = readState(dataDir);
  const same =
    stale === null ? now === "unreadable" : now !== null && now !== "unreadable" && JSON.stringify(now) === JSON.stringify(stale);
  if (same) rmSync(stateFilePath(dataDir), { force: true });
}

/** Whether a process with this pid exists (signal 0 checks without signalling; EPERM means it exists). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether `pid` is a launcher JVM. Where /proc exists, its command line must name the launcher class, so a
 * pid reused by another program after a crash does not pass for Neo4j; elsewhere, whether it is alive.
 */
export function isLauncherJvm(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  if (!existsSync("/proc/self/cmdline")) return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("aipolicygraph.Neo4jLocal");
  } catch {
    return false;
  }
}

/** Whether something accepts TCP connections on 127.0.0.1:port within `timeoutMs`. */
export function portAnswers(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * Reads the state file and judges it: stale when its owner is gone (its JVM exits by itself then) or the
 * file cannot be read; live when the owner, the JVM and the Bolt port all answer; pending otherwise (the owner
 * is starting or restarting the JVM).
 */
export async function inspectStore(dataDir: string): Promise<StoreHolder> {
  const state = readState(dataDir);
  if (state === null) return { kind: "none" };
  if (state === "unreadable") return { kind: "stale", state: null };
  if (!isProcessAlive(state.ownerPid)) return { kind: "stale", state };
  if (state.status === "ready" && state.jvmPid !== null && isLauncherJvm(state.jvmPid) && (await portAnswers(state.boltPort)))
    return { kind: "live", state };
  return { kind: "pending", state };
}

/**
 * Waits while the store's owner starts or restarts its Neo4j, up to `waitMs`. Resolves with the live state,
 * or with "none" / "stale" when nobody (any longer) serves the store, so the caller may start one. A "ready"
 * file whose JVM has been gone for 5 s is stale too: an owner that supervises marks a crash at once, and one
 * that does not removes its file, so only a pid reused by an unrelated process leaves such a file behind.
 */
export async function waitForStore(dataDir: string, waitMs: number): Promise<StoreHolder> {
  const deadline = Date.now() + waitMs;
  let readyButDeadSince: number | undefined;
  for (;;) {
    const holder = await inspectStore(dataDir);
    if (holder.kind !== "pending") return holder;
    const { state } = holder;
    const jvmGone = state.status === "ready" && (state.jvmPid === null || !isLauncherJvm(state.jvmPid));
    readyButDeadSince = jvmGone ? (readyButDeadSince ?? Date.now()) : undefined;
    if (readyButDeadSince !== undefined && Date.now() - readyButDeadSince > 5_000) return { kind: "stale", state };
    if (Date.now() > deadline) return holder;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
