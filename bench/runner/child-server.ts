import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

export interface ChildServer {
  /** The GraphQL endpoint. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs a server as a child process, so it has its own event loop and heap, as it would in production, and the
 * load generator in this process does not share them. Resolves when a stdout line gives its URL.
 * - `readyUrl` picks the URL out of a line, or returns null for other lines.
 */
export function startChildServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  readyUrl: (line: string) => string | null,
  timeoutMs = 120_000,
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 40) output.shift();
  };
  createInterface({ input: child.stderr! }).on("line", keep);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} was not ready within ${timeoutMs / 1000} s`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${error.message}. Its last output:\n${output.join("\n")}`));
    };
    child.once("exit", (code) => fail(new Error(`${name} exited with code ${code} before it was ready`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      keep(line);
      const url = readyUrl(line);
      if (url === null) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({
        url,
        pid: child.pid!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
            child.once("exit", () => {
              clearTimeout(kill);
              done();
            });
            child.kill("SIGTERM");
          }),
      });
    });
  });
}
