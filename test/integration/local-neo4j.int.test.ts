import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { startLocalNeo4j, LocalNeo4jError } from "../../tools/neo4j-local/local-neo4j";
import { projectRoot } from "../../src/project-root";
import { freePort } from "../support/free-port";
import { describeWhenLocalNeo4j, isAlive } from "../support/processes";
import { scratchDir } from "../support/scratch-dir";

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
}

const options = async () => ({ boltPort: await freePort(), dataDir: scratchDir("apg-neo4j-"), heap: "512m", pageCache: "64m" });

describeWhenLocalNeo4j("local-neo4j", () => {
  describe("startLocalNeo4j", () => {
    it("fails with a sentence naming the port and what to do when the port is taken", async () => {
      const taken = createServer();
      const opts = await options();
      await new Promise<void>((resolve) => taken.listen(opts.boltPort, "127.0.0.1", resolve));
      try {
        await expect(startLocalNeo4j(opts)).rejects.toThrow(LocalNeo4jError);
        await expect(startLocalNeo4j(opts)).rejects.toThrow(
          new RegExp(`port ${opts.boltPort} on 127.0.0.1 is already in use.*NEO4J_LOCAL_BOLT_PORT`),
        );
      } finally {
        taken.close();
      }
    });

    it("leaves no JVM behind after stop()", async () => {
      const neo4j = await startLocalNeo4j(await options());
      expect(neo4j.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(isAlive(neo4j.pid)).toBe(true);
      await neo4j.stop();
      expect(isAlive(neo4j.pid)).toBe(false);
    });

    it("leaves no JVM behind when its Node parent is killed with SIGKILL", async () => {
      const child = spawn(process.execPath, ["-e", parentScript(await options())], {
        cwd: projectRoot,
        stdio: ["ignore", "pipe", "inherit"],
      });
      const jvmPid = await new Promise<number>((resolve, reject) => {
        child.stdout!.on("data", (chunk: Buffer) => {
          const match = /JVM (\d+)/.exec(chunk.toString());
          if (match) resolve(Number(match[1]));
        });
        child.once("exit", (code) => reject(new Error(`the parent exited early with code ${code}`)));
      });
      expect(isAlive(jvmPid)).toBe(true);
      child.kill("SIGKILL");
      expect(await waitUntilGone(jvmPid, 60_000)).toBe(true);
    });
  });
});

/**
 * A Node parent that starts a local Neo4j with the compiled launcher (`npm test` builds dist/ first), prints
 * the JVM's pid, then idles until it is killed.
 */
function parentScript(opts: { boltPort: number; dataDir: string; heap: string; pageCache: string }): string {
  const launcher = join(projectRoot, "dist", "tools", "neo4j-local", "local-neo4j.js");
  return `require(${JSON.stringify(launcher)}).startLocalNeo4j(${JSON.stringify(opts)}).then((n) => console.log("JVM " + n.pid));
setInterval(() => undefined, 1000);`;
}
