import { loadConfig } from "../../src/config";
import { describeSupervision, openLocalNeo4j } from "./local-neo4j";

/**
 * `npm run neo4j:local`: only the local Neo4j, in the foreground, for Neo4j Browser or cypher-shell sessions
 * (bolt://127.0.0.1:7687, no credentials), restarted after a crash. Ctrl-C stops it. When another process
 * (`npm start`) already runs it on the same store, this names that one and exits 0.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.kind !== "local") {
    console.error("NEO4J_URI is set, so there is no local Neo4j to start. Unset it to run the local one.");
    process.exit(2);
  }
  const opened = await openLocalNeo4j({
    ...config.neo4j,
    restartOnCrash: true,
    onProgress: (m) => console.log(m),
    onSupervision: (event) => console.log(describeSupervision(event)),
  });
  if (opened.kind === "shared") {
    const { state } = opened;
    console.log(
      `Neo4j is already running at ${state.uri} on ${state.dataDir}, started by process ${state.ownerPid}; use it. It stops when that process stops.`,
    );
    return;
  }
  const neo4j = opened.neo4j;
  console.log(`Neo4j is ready at ${neo4j.uri}. Ctrl-C stops it.`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
