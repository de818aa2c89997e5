import "reflect-metadata";
import { startApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";

/**
 * The server under load, as a child of load-cli (forked with --expose-gc and an IPC channel), so the load
 * generator's own memory never counts in the server's RSS. Messages from the parent:
 *   "memory" -> replies {rss, heapUsed} in bytes;
 *   "gc"     -> runs a full garbage collection (twice, so finalizers' garbage goes too), then replies as "memory";
 *   "stop"   -> stops the app (and the local Neo4j it started) and exits.
 * On start it sends {ready: graphqlUrl}.
 */
export type ServerMessage = { ready: string; neo4j: string } | { rss: number; heapUsed: number };

async function main(): Promise<void> {
  // The load test measures the server, not its per-client rate limit (one client sends every request here), so
  // the limit is off unless RATE_LIMIT_PER_MINUTE says otherwise.
  const config = loadConfig(process.env, process.env.RATE_LIMIT_PER_MINUTE ? {} : { rateLimitPerMinute: 0 });
  const app = await startApp(config, createLogger(config.logLevel));
  const memory = () => ({ rss: process.memoryUsage.rss(), heapUsed: process.memoryUsage().heapUsed });
  process.on("message", (message: string) => {
    if (message === "memory") process.send!(memory());
    if (message === "gc") {
      global.gc?.();
      global.gc?.();
      process.send!(memory());
    }
    if (message === "stop") void app.stop().then(() => process.exit(0));
  });
  process.send!({ ready: app.graphqlUrl, neo4j: app.neo4jUri });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
