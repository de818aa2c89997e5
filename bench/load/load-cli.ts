import { fork, type ChildProcess } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../../src/project-root";
import type { ServerMessage } from "./load-server";
import { errorCount, readmeScenarios, runScenario, type LoadResult } from "./load-test";

const usage = `usage: npm run load -- [--duration SECONDS] [--connections N] [--settle SECONDS] [--only NAME]...
  --duration     seconds per scenario (default 20)
  --connections  concurrent connections (default 8)
  --settle       seconds to idle after the run before the settled RSS is read (default 5)
  --only         run only these scenarios ("mixed", "funders", "actor#2", …); repeatable
The server runs as a child process on 127.0.0.1 over the Neo4j named by NEO4J_URI, or else over a local Neo4j
of its own in .neo4j/load (seeded with seeds/ on first start).`;

/**
 * \`npm run load\`: the load test. Starts the server as a child (forked with --expose-gc), runs every scenario
 * in turn for a bounded time on loopback, and prints throughput, p50/p99 latency, errors of every kind, and the
 * server's RSS before the run, right after it, and after a settle period and a full GC.
 * Exits 1 when any request failed, so it can gate a release.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "20" },
      connections: { type: "string", default: "8" },
      settle: { type: "string", default: "5" },
      only: { type: "string", multiple: true },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return console.log(usage);
  const durationSeconds = Number(values.duration);
  const connections = Number(values.connections);
  const settleSeconds = Number(values.settle);
  const scenarios = readmeScenarios().filter((s) => !values.only || values.only.includes(s.name));
  if (scenarios.length === 0)
    throw new Error(
      `No scenario named ${values.only?.join(", ")}. Names: ${readmeScenarios()
        .map((s) => s.name)
        .join(", ")}`,
    );

  const server = fork(join(projectRoot, "dist", "bench", "load", "load-server.js"), [], {
    execArgv: ["--expose-gc"],
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      NEO4J_LOCAL_DATA_DIR: process.env.NEO4J_LOCAL_DATA_DIR ?? join(projectRoot, ".neo4j", "load"),
      NEO4J_LOCAL_BOLT_PORT: process.env.NEO4J_LOCAL_BOLT_PORT ?? "7697",
    },
  });
  try {
    const ready = (await reply(server)) as { ready: string; neo4j: string };
    const graphqlUrl = ready.ready.replace("localhost", "127.0.0.1");
    console.log(
      `server pid ${server.pid} at ${graphqlUrl} over ${ready.neo4j}; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB`,
    );
    // Warm up so "before" is a server that has already served and the first scenario is not measured cold: each
    // question once (Neo4j plans and caches each query the first time), then 2 s of all of them.
    const all = readmeScenarios().at(-1)!;
    for (const query of all.queries)
      await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    await runScenario(graphqlUrl, all, { durationSeconds: 2, connections });
    const before = await ask(server, "gc");

    const results: LoadResult[] = [];
    for (const scenario of scenarios) {
      const result = await runScenario(graphqlUrl, scenario, { durationSeconds, connections });
      results.push(result);
      console.log(
        `${scenario.name.padEnd(18)} ${String(result.rps).padStart(7)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  max ${result.maxMs} ms  ` +
          `${result.requests} requests, errors: ${result.non2xx} non-2xx, ${result.graphqlErrors} GraphQL, ${result.transportErrors} transport`,
      );
    }
    const after = await ask(server, "memory");
    await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    const settled = await ask(server, "gc");
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    console.log(
      `server RSS: before ${mb(before.rss)} (heap ${mb(before.heapUsed)}), after ${mb(after.rss)} (heap ${mb(after.heapUsed)}), ` +
        `settled after ${settleSeconds} s and a GC ${mb(settled.rss)} (heap ${mb(settled.heapUsed)})`,
    );
    const errors = results.reduce((sum, r) => sum + errorCount(r), 0);
    console.log(`errors in total: ${errors}`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    server.send("stop");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

type Memory = Extract<ServerMessage, { rss: number }>;

function reply(child: ChildProcess): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the server exited with ${code}`));
    child.once("exit", onExit);
    child.once("message", (message: ServerMessage) => {
      child.off("exit", onExit);
      resolve(message);
    });
  });
}

async function ask(child: ChildProcess, message: "gc" | "memory"): Promise<Memory> {
  const answer = reply(child);
  child.send(message);
  return (await answer) as Memory;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
