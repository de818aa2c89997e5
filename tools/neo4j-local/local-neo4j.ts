import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync, createWriteStream } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { projectRoot } from "../../src/project-root";

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
  /** Neo4j home: data, logs and the generated neo4j.conf live here. Created when missing. */
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
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** Stops the database cleanly (SIGTERM, then SIGKILL after 30 s) and resolves when the JVM is gone. */
  stop(): Promise<void>;
}

/** A problem starting the local Neo4j; the message says what to do. */
export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

/**
 * Starts Neo4j 5.26 Community embedded in a JVM child process, building the launcher first when needed.
 * The JVM exits by itself when this process dies (it watches its stdin), so no JVM is ever orphaned.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const progress = options.onProgress ?? (() => undefined);
  await assertPortFree(options.boltPort);
  ensureLauncherBuilt(progress);
  mkdirSync(options.dataDir, { recursive: true });

  progress(`starting Neo4j on bolt://127.0.0.1:${options.boltPort} (data in ${options.dataDir})`);
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
  // Backstop for an exit that skips our shutdown path; the stdin watch in the JVM covers SIGKILL.
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);
  const log = createWriteStream(join(options.dataDir, "launcher.log"), { flags: "a" });
  child.stderr?.pipe(log);

  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const uri = await waitForReady(child, log, exited, options.startTimeoutMs ?? 180_000, options.dataDir);
  return {
    uri,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      }
      process.off("exit", killOnExit);
      log.end();
    },
  };
}

function waitForReady(child: ChildProcess, log: NodeJS.WritableStream, exited: Promise<number | null>, timeoutMs: number, dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new LocalNeo4jError(`Neo4j did not start within ${timeoutMs / 1000} s. See ${join(dataDir, "launcher.log")} and ${join(dataDir, "logs", "debug.log")}.`));
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
    void exited.then((code) => {
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

/** Fails early, with a sentence that says what to do, when another process holds the Bolt port. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(new LocalNeo4jError(error.code === "EADDRINUSE" ? explain("PORT_IN_USE", `port ${port} on 127.0.0.1 is already in use`) : `Cannot use port ${port} on 127.0.0.1: ${error.message}`));
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
      throw new LocalNeo4jError(`\`${tool}\` is not on PATH. The local Neo4j needs a JDK 17 and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI to use an existing Neo4j.`);
    }
  }
  progress("building the local Neo4j launcher with Maven (the first run downloads Neo4j 5.26, about 125 MB)");
  const build = spawnSync("mvn", ["-q", "-B", "-f", join(launcherDir, "pom.xml"), "package", "-DskipTests"], { encoding: "utf8" });
  if (build.status !== 0) {
    throw new LocalNeo4jError(`Building the local Neo4j launcher failed (mvn exit ${build.status}):\n${build.stdout}${build.stderr}\nCheck that Maven can reach its repository, or set NEO4J_URI to use an existing Neo4j.`);
  }
  writeFileSync(buildStamp, fingerprint);
}
