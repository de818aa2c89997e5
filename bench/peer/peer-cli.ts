import { startPeerServer } from "./peer-server";

/**
 * The peer server as a process, for the benchmark runner: `node dist/bench/peer/peer-cli.js`.
 *
 * Environment: NEO4J_URI (required), NEO4J_USERNAME (default neo4j), NEO4J_PASSWORD (default ""),
 * NEO4J_DATABASE (default neo4j), HOST (default 127.0.0.1), PORT (default 0: any free port).
 * Prints exactly one line on stdout, `PEER_READY <url>`, once it answers; errors go to stderr. SIGTERM or SIGINT
 * stops it cleanly (requests in flight finish, the driver closes) and it exits 0.
 */
async function main(): Promise<void> {
  const env = process.env;
  const uri = env.NEO4J_URI;
  if (!uri) throw new Error("NEO4J_URI is not set. Set it to the Bolt URI of the Neo4j to serve, e.g. bolt://127.0.0.1:7687.");
  const port = Number(env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer from 0 to 65535, not "${env.PORT}".`);
  const server = await startPeerServer({
    uri,
    username: env.NEO4J_USERNAME ?? "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    database: env.NEO4J_DATABASE || "neo4j",
    host: env.HOST || "127.0.0.1",
    port,
  });
  process.stdout.write(`PEER_READY ${server.url}\n`);

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
