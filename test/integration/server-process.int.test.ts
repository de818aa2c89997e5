import { freePort } from "../support/free-port";
import { describeWhenLocalNeo4j, isAlive } from "../support/processes";
import { scratchDir } from "../support/scratch-dir";
import { startServerProcess } from "../support/server-process";

describeWhenLocalNeo4j("server process", () => {
  describe("on SIGINT (Ctrl-C)", () => {
    // Regression: Apollo's own signal handlers raced ours, and the process hung with the JVM still running.
    it("exits 0 and leaves no JVM behind", async () => {
      const {
        child: server,
        jvmPid,
        graphqlUrl,
        exited,
      } = await startServerProcess({
        NEO4J_URI: "",
        NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
        NEO4J_LOCAL_DATA_DIR: scratchDir("apg-server-"),
        NEO4J_LOCAL_HEAP: "512m",
        NEO4J_LOCAL_PAGECACHE: "64m",
        PORT: String(await freePort()),
        LOG_LEVEL: "info",
      });
      const answer = await fetch(graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ actor(id: "openai") { name } }' }),
      });
      expect(await answer.json()).toEqual({ data: { actor: { name: "OpenAI" } } });
      expect(isAlive(jvmPid)).toBe(true);

      server.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(isAlive(jvmPid)).toBe(false);
    });
  });
});
