import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { projectRoot } from "../../src/project-root";
import { freePort } from "../support/free-port";
import { describeWhenLocalNeo4j, isAlive } from "../support/processes";
import { scratchDir } from "../support/scratch-dir";

/** Runs the compiled server (`npm test` builds dist/ first) and resolves once it logs "ready", with the JVM's pid. */
function startServer(env: Record<string, string>): Promise<{ server: ChildProcess; jvmPid: number; graphqlUrl: string }> {
  const server = spawn(process.execPath, ["dist/src/index.js"], { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let jvmPid = -1;
    createInterface({ input: server.stdout! }).on("line", (line) => {
      const entry = JSON.parse(line) as { msg: string; pid?: number; graphql?: string; component?: string };
      if (entry.msg === "local Neo4j ready") jvmPid = (entry as { pid: number }).pid;
      if (entry.msg.startsWith("ready:")) resolve({ server, jvmPid, graphqlUrl: entry.graphql! });
    });
    server.once("exit", (code) => reject(new Error(`the server exited with ${code} before it was ready`)));
  });
}

describeWhenLocalNeo4j("server process", () => {
  describe("on SIGINT (Ctrl-C)", () => {
    // Regression: Apollo's own signal handlers raced ours, and the process hung with the JVM still running.
    it("exits 0 and leaves no JVM behind", async () => {
      const { server, jvmPid, graphqlUrl } = await startServer({
        NEO4J_URI: "",
        NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
        NEO4J_LOCAL_DATA_DIR: scratchDir("apg-server-"),
        NEO4J_LOCAL_HEAP: "512m",
        NEO4J_LOCAL_PAGECACHE: "64m",
        PORT: String(await freePort()),
        LOG_LEVEL: "info",
      });
      const answer = await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: '{ actor(id: "openai") { name } }' }) });
      expect(await answer.json()).toEqual({ data: { actor: { name: "OpenAI" } } });
      expect(isAlive(jvmPid)).toBe(true);

      const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
      server.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(isAlive(jvmPid)).toBe(false);
    });
  });
});
