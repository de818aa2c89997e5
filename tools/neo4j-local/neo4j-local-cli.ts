import { loadConfig } from "../../src/config";
import { startLocalNeo4j } from "./local-neo4j";

/**
 * `npm run neo4j:local`: only the local Neo4j, in the foreground, for Neo4j Browser or cypher-shell sessions
 * (bolt://127.0.0.1:7687, no credentials). Ctrl-C stops it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.kind !== "local") {
    console.error("NEO4J_URI is set, so there is no local Neo4j to start. Unset it to run the local one.");
    process.exit(2);
  }
  const neo4j = await startLocalNeo4j({ ...config.neo4j, onProgress: (m) => console.log(m) });
  console.log(`Neo4j is ready at ${neo4j.uri}. Ctrl-C stops it.`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
