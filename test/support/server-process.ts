import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { projectRoot } from "../../src/project-root";

/** A line of the server's JSON log. `pid` is the JVM's where a line names one (it overrides pino's own). */
export interface LogEntry {
  msg: string;
  level: number;
  pid?: number;
  graphql?: string;
  component?: string;
  kind?: string;
  [field: string]: unknown;
}

export interface ServerProcess {
  child: ChildProcess;
  graphqlUrl: string;
  /** http://localhost:<port>, for /readyz and /healthz. */
  base: string;
  /** The pid of the JVM the server started ("local Neo4j ready"), or -1 when it started none. */
  jvmPid: number;
  /** Every log line so far, in order; it keeps growing while the server runs. */
  logs: LogEntry[];
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

/**
 * Runs the compiled server (`npm test` builds dist/ first) as a child process, as `npm start` does, and
 * resolves once it logs "ready". Its stderr passes through to the test's.
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["dist/src/index.js"], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const logs: LogEntry[] = [];
  return new Promise((resolve, reject) => {
    let jvmPid = -1;
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const entry = JSON.parse(line) as LogEntry;
      logs.push(entry);
      if (entry.msg === "local Neo4j ready") jvmPid = entry.pid!;
      if (entry.msg.startsWith("ready:")) {
        const graphqlUrl = entry.graphql!;
        resolve({ child, graphqlUrl, base: graphqlUrl.replace(/\/graphql$/, ""), jvmPid, logs, exited });
      }
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code} before it was ready`)));
  });
}
