/** Where a benchmark server (the peer, the thin endpoint) finds Neo4j and where it listens. */
export interface BenchServerOptions {
  uri: string;
  username: string;
  password: string;
  /** The database every session names. */
  database: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface BenchServer {
  /** Where it answers. */
  url: string;
  /** Stops accepting requests, waits for those in flight, then closes the driver. */
  stop(): Promise<void>;
}

/**
 * Runs a benchmark server as a process of its own, for the runner (child-server.ts).
 *
 * Environment: NEO4J_URI (required), NEO4J_USERNAME (default neo4j), NEO4J_PASSWORD (default ""),
 * NEO4J_DATABASE (default neo4j), HOST (default 127.0.0.1), PORT (default 0: any free port).
 * Prints exactly one line on stdout, `<readyWord> <url>`, once it answers; errors go to stderr and exit 1. SIGTERM
 * or SIGINT stops it cleanly (requests in flight finish, the driver closes) and it exits 0.
 */
export function serveFromEnv(readyWord: string, start: (options: BenchServerOptions) => Promise<BenchServer>): void {
  main(readyWord, start).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

async function main(readyWord: string, start: (options: BenchServerOptions) => Promise<BenchServer>): Promise<void> {
  const env = process.env;
  const uri = env.NEO4J_URI;
  if (!uri) throw new Error("NEO4J_URI is not set. Set it to the Bolt URI of the Neo4j to serve, e.g. bolt://127.0.0.1:7687.");
  const port = Number(env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer from 0 to 65535, not "${env.PORT}".`);
  const server = await start({
    uri,
    username: env.NEO4J_USERNAME ?? "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    database: env.NEO4J_DATABASE || "neo4j",
    host: env.HOST || "127.0.0.1",
    port,
  });
  process.stdout.write(`${readyWord} ${server.url}\n`);

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
