import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync, createWriteStream } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { UnreachableCaseError } from "../../src/errors/unreachable-case-error";
import { projectRoot } from "../../src/project-root";
import {
  createStateExclusively,
  inspectStore,
  isLauncherJvm,
  isProcessAlive,
  type LocalNeo4jState,
  removeStaleState,
  removeState,
  stateFilePath,
  waitForStore,
  writeState,
} from "./local-neo4j-state";

/** Where the launcher's Maven project lives; target/ holds the build and is reused by later runs. */
const launcherDir = join(projectRoot, "tools", "neo4j-local");
const targetDir = join(launcherDir, "target");
const buildStamp = join(targetDir, "build.stamp");

/** The flags Neo4j's own start scripts pass on Java 17. */
const JVM_OPENS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
];

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** Neo4j home: data, logs, the generated neo4j.conf and the state file live here. Created when missing. */
  dataDir: string;
  /** JVM heap, e.g. "1g". */
  heap: string;
  /** Page cache, e.g. "512m". */
  pageCache: string;
  /**
   * A folder LOAD CSV may read: `file:///relations.csv` then means <importDir>/relations.csv
   * (Neo4j's `server.directories.import`). Default: unset, and the server keeps Neo4j's embedded default.
   */
  importDir?: string;
  /** Progress lines (building, starting); the JVM's own output goes to <dataDir>/launcher.log. */
  onProgress?: (message: string) => void;
  /** How long to wait for the ready line. Default 180 s. */
  startTimeoutMs?: number;
  /**
   * Start the JVM again when it exits by itself (a crash, an out-of-memory kill), after 1 s, then 2, 4… up to
   * 30 s between failed attempts; a JVM that served for a minute starts the count again. Default false: a crash
   * leaves it down.
   */
  restartOnCrash?: boolean;
  /** What the supervision did; with restartOnCrash. */
  onSupervision?: (event: SupervisionEvent) => void;
}

/** What supervision reports: a crash and when the restart comes, a restart, a restart that failed. */
export type SupervisionEvent =
  | { kind: "crashed"; pid: number; code: number | null; signal: NodeJS.Signals | null; restartInMs: number; attempt: number }
  | { kind: "restarted"; pid: number; downMs: number; attempt: number }
  | { kind: "restart-failed"; message: string; restartInMs: number; attempt: number };

/** A supervision event as the log line a person reads. */
export function describeSupervision(event: SupervisionEvent): string {
  switch (event.kind) {
    case "crashed":
      return `local Neo4j (pid ${event.pid}) exited unexpectedly (code ${event.code}, signal ${event.signal}); restarting it in ${event.restartInMs} ms`;
    case "restart-failed":
      return `restarting the local Neo4j failed: ${event.message}; trying again in ${event.restartInMs} ms`;
    case "restarted":
      return `local Neo4j restarted (pid ${event.pid}), ${event.downMs} ms after the crash`;
    default:
      throw new UnreachableCaseError(event, "supervision event");
  }
}

export interface LocalNeo4j {
  readonly uri: string;
  /** The current JVM's pid; it changes when supervision restarts the JVM. */
  readonly pid: number;
  /** Stops the database cleanly (SIGTERM, then SIGKILL after 30 s), resolves when the JVM is gone, and removes the state file. */
  stop(): Promise<void>;
}

/** A problem starting the local Neo4j; the message says what to do. */
export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

/** The store is served by another process's local Neo4j (or that process is starting it). */
export class StoreInUseError extends LocalNeo4jError {
  override name = "StoreInUseError";
  constructor(readonly state: LocalNeo4jState) {
    super(
      `${state.dataDir} is already served by the local Neo4j of process ${state.ownerPid} (${state.status}, ${state.uri}). ` +
        `Use it (\`npm run seed\`, \`npm run export\` and \`npm start\` do so by themselves), stop that process, or set NEO4J_LOCAL_DATA_DIR to another folder.`,
    );
  }
}

/**
 * Starts Neo4j 5.26 Community embedded in a JVM child process, building the launcher first when needed, and
 * claims the store through its state file (see local-neo4j-state.ts): it fails with StoreInUseError when another
 * live process serves the same store, and replaces a stale file. The JVM exits by itself when this process
 * dies (it watches its stdin), so no JVM is ever orphaned.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const progress = options.onProgress ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const state: LocalNeo4jState = {
    status: "starting",
    uri,
    boltPort: options.boltPort,
    ownerPid: process.pid,
    jvmPid: null,
    dataDir,
    updatedAt: new Date().toISOString(),
  };
  await claimStore(state, progress);
  const update = (change: Partial<LocalNeo4jState>) => {
    Object.assign(state, change, { updatedAt: new Date().toISOString() });
    writeState(state);
  };
  const release = () => removeState(dataDir, process.pid);

  let current: Jvm;
  try {
    await assertPortFree(options.boltPort);
    ensureLauncherBuilt(progress);
    progress(`starting Neo4j on ${uri} (data in ${dataDir})`);
    current = spawnJvm({ ...options, dataDir });
    await current.ready;
  } catch (error) {
    release();
    throw error;
  }
  update({ status: "ready", jvmPid: current.pid });

  // Backstop for an exit that skips our shutdown path; the stdin watch in the JVM covers SIGKILL.
  const killOnExit = () => {
    current.child.kill("SIGKILL");
    release();
  };
  process.on("exit", killOnExit);

  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let attempt = 0;
  const supervise = (jvm: Jvm, readyAt: number) => {
    void jvm.exited.then(({ code, signal }) => {
      if (stopping) return;
      if (!options.restartOnCrash) {
        progress(`Neo4j (pid ${jvm.pid}) exited by itself (code ${code}, signal ${signal}); it is not restarted`);
        release();
        return;
      }
      if (Date.now() - readyAt > 60_000) attempt = 0;
      const crashedAt = Date.now();
      update({ status: "restarting", jvmPid: null });
      const scheduleRestart = (failure?: string) => {
        attempt += 1;
        const restartInMs = Math.min(1_000 * 2 ** (attempt - 1), 30_000);
        options.onSupervision?.(
          failure === undefined
            ? { kind: "crashed", pid: jvm.pid, code, signal, restartInMs, attempt }
            : { kind: "restart-failed", message: failure, restartInMs, attempt },
        );
        restartTimer = setTimeout(() => {
          if (stopping) return;
          current = spawnJvm({ ...options, dataDir });
          current.ready.then(
            () => {
              if (stopping) return;
              update({ status: "ready", jvmPid: current.pid });
              options.onSupervision?.({ kind: "restarted", pid: current.pid, downMs: Date.now() - crashedAt, attempt });
              supervise(current, Date.now());
            },
            (error: unknown) => {
              if (!stopping) scheduleRestart(error instanceof Error ? error.message : String(error));
            },
          );
        }, restartInMs);
      };
      scheduleRestart();
    });
  };
  supervise(current, Date.now());

  return {
    uri,
    get pid() {
      return current.pid;
    },
    async stop() {
      stopping = true;
      clearTimeout(restartTimer);
      await current.stop();
      process.off("exit", killOnExit);
      release();
    },
  };
}

/** One JVM run of the launcher: ready once it prints its ready line, exited when the process is gone. */
interface Jvm {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly ready: Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after 30 s; resolves when the process is gone. */
  stop(): Promise<void>;
}

function spawnJvm(options: LocalNeo4jOptions): Jvm {
  const child = spawn(
    "java",
    [
      `-Xms256m`,
      `-Xmx${options.heap}`,
      "-XX:+UseG1GC",
      "-XX:+ExitOnOutOfMemoryError",
      ...JVM_OPENS,
      "-cp",
      `${join(targetDir, "classes")}:${join(targetDir, "lib", "*")}`,
      "aipolicygraph.Neo4jLocal",
      options.dataDir,
      String(options.boltPort),
      options.pageCache,
      ...(options.importDir === undefined ? [] : [options.importDir]),
    ],
    // Its own process group: a Ctrl-C in the terminal reaches Node only, which drains requests before it stops
    // Neo4j, instead of Neo4j going down under requests still in flight.
    { stdio: ["pipe", "pipe", "pipe"], detached: true },
  );
  const log = createWriteStream(join(options.dataDir, "launcher.log"), { flags: "a" });
  child.stderr?.pipe(log);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      log.end();
      resolve({ code, signal });
    }),
  );
  const ready = waitForReady(child, log, exited, options.startTimeoutMs ?? 180_000, options.dataDir);
  // A failed start is reported through `ready`; this keeps an unobserved rejection from ending the process.
  ready.catch(() => undefined);
  return {
    child,
    pid: child.pid ?? -1,
    ready,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

function waitForReady(
  child: ChildProcess,
  log: NodeJS.WritableStream,
  exited: Promise<{ code: number | null }>,
  timeoutMs: number,
  dataDir: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new LocalNeo4jError(
          `Neo4j did not start within ${timeoutMs / 1000} s. See ${join(dataDir, "launcher.log")} and ${join(dataDir, "logs", "debug.log")}.`,
        ),
      );
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      log.write(`${line}\n`);
      const ready = /^NEO4J_LOCAL_READY (\S+)/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
      const failed = /^NEO4J_LOCAL_ERROR (\S+) (.*)$/.exec(line);
      if (failed) {
        clearTimeout(timer);
        reject(new LocalNeo4jError(explain(failed[1]!, failed[2]!)));
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`Neo4j exited with code ${code} before it was ready. See ${join(dataDir, "launcher.log")}.`));
    });
  });
}

function explain(code: string, detail: string): string {
  switch (code) {
    case "PORT_IN_USE":
      return `${detail}. Another \`npm start\` may be running: stop it, or set NEO4J_LOCAL_BOLT_PORT to a free port, or NEO4J_URI to use the Neo4j that holds it.`;
    case "STORE_LOCKED":
      return `${detail}. Another \`npm start\` is probably running with the same data: stop it, or set NEO4J_LOCAL_DATA_DIR to another folder.`;
    default:
      return `Neo4j failed to start: ${code} ${detail}`;
  }
}

/**
 * Claims the store for this process through its state file. A stale file (its owner is gone) is replaced,
 * once the JVM that owner left, which exits by itself, is gone; a live or pending one throws StoreInUseError.
 */
async function claimStore(state: LocalNeo4jState, progress: (message: string) => void): Promise<void> {
  for (let tries = 0; tries < 5; tries++) {
    if (createStateExclusively(state)) return;
    const holder = await inspectStore(state.dataDir);
    switch (holder.kind) {
      case "none":
        continue;
      case "live":
      case "pending":
        throw new StoreInUseError(holder.state);
      case "stale": {
        const leftJvm = holder.state?.jvmPid;
        if (leftJvm != null && isLauncherJvm(leftJvm)) {
          progress(`waiting for the Neo4j that process ${holder.state!.ownerPid} left behind (pid ${leftJvm}) to exit`);
          const deadline = Date.now() + 60_000;
          while (isLauncherJvm(leftJvm) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
          if (isLauncherJvm(leftJvm)) {
            throw new LocalNeo4jError(
              `The Neo4j of a process that is gone (pid ${leftJvm}) still holds ${state.dataDir}. Stop it (kill ${leftJvm}), then try again.`,
            );
          }
        }
        progress(`replacing the stale state file ${stateFilePath(state.dataDir)}`);
        removeStaleState(state.dataDir, holder.state);
        continue;
      }
      default:
        throw new UnreachableCaseError(holder, "store holder");
    }
  }
  throw new LocalNeo4jError(`Could not claim ${stateFilePath(state.dataDir)}: other processes keep replacing it. Try again.`);
}

/** How a process reaches the local Neo4j of a store: one it started (and stops), or another process's that it shares. */
export type OpenedLocalNeo4j = { kind: "started"; neo4j: LocalNeo4j } | { kind: "shared"; state: LocalNeo4jState };

/**
 * The local Neo4j of `options.dataDir`: the one another process already runs on that store, found through
 * its state file, or else a new one started here. While that process is starting or restarting its Neo4j,
 * this waits for it, up to `waitMs` (default 180 s). Never starts a second Neo4j on a store.
 */
export async function openLocalNeo4j(options: LocalNeo4jOptions & { waitMs?: number }): Promise<OpenedLocalNeo4j> {
  const dataDir = resolve(options.dataDir);
  const waitMs = options.waitMs ?? 180_000;
  for (let tries = 0; tries < 5; tries++) {
    const holder = await waitForStore(dataDir, waitMs);
    switch (holder.kind) {
      case "live":
        return { kind: "shared", state: holder.state };
      case "pending":
        throw new LocalNeo4jError(
          `The local Neo4j of process ${holder.state.ownerPid} on ${dataDir} has not answered on ${holder.state.uri} for ${Math.round(waitMs / 1000)} s (${holder.state.status}). ` +
            `See ${join(dataDir, "launcher.log")}; if process ${holder.state.ownerPid} is not this project's, delete ${stateFilePath(dataDir)}.`,
        );
      case "none":
      case "stale":
        // A live owner whose JVM stayed gone is a reused pid (see waitForStore): its file is replaced here, as
        // startLocalNeo4j only replaces the files of owners that are gone.
        if (holder.kind === "stale" && holder.state && isProcessAlive(holder.state.ownerPid)) removeStaleState(dataDir, holder.state);
        try {
          return { kind: "started", neo4j: await startLocalNeo4j({ ...options, dataDir }) };
        } catch (error) {
          // Another process claimed the store in the meantime: use its Neo4j.
          if (error instanceof StoreInUseError) continue;
          throw error;
        }
      default:
        throw new UnreachableCaseError(holder, "store holder");
    }
  }
  throw new LocalNeo4jError(
    `Could not open the local Neo4j on ${dataDir}: its state file ${stateFilePath(dataDir)} keeps changing. Try again.`,
  );
}

/** Fails early, with a sentence that says what to do, when another process holds the Bolt port. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new LocalNeo4jError(
          error.code === "EADDRINUSE"
            ? explain("PORT_IN_USE", `port ${port} on 127.0.0.1 is already in use`)
            : `Cannot use port ${port} on 127.0.0.1: ${error.message}`,
        ),
      );
    });
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

/**
 * Builds the launcher with Maven when its sources changed since the last build (or it never ran).
 * The first build downloads Neo4j's jars (about 125 MB) into ~/.m2; later runs skip straight to starting.
 */
export function ensureLauncherBuilt(progress: (message: string) => void): void {
  const fingerprint = createHash("sha256")
    .update(readFileSync(join(launcherDir, "pom.xml")))
    .update(readFileSync(join(launcherDir, "src", "main", "java", "aipolicygraph", "Neo4jLocal.java")))
    .digest("hex");
  if (existsSync(buildStamp) && readFileSync(buildStamp, "utf8") === fingerprint) return;

  for (const tool of ["java", "mvn"]) {
    const found = spawnSync(tool, ["-version"], { stdio: "ignore" });
    if (found.error) {
      throw new LocalNeo4jError(
        `\`${tool}\` is not on PATH. The local Neo4j needs a JDK 17 and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI to use an existing Neo4j.`,
      );
    }
  }
  progress("building the local Neo4j launcher with Maven (the first run downloads Neo4j 5.26, about 125 MB)");
  const build = spawnSync("mvn", ["-q", "-B", "-f", join(launcherDir, "pom.xml"), "package", "-DskipTests"], { encoding: "utf8" });
  if (build.status !== 0) {
    throw new LocalNeo4jError(
      `Building the local Neo4j launcher failed (mvn exit ${build.status}):\n${build.stdout}${build.stderr}\nCheck that Maven can reach its repository, or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  writeFileSync(buildStamp, fingerprint);
}
