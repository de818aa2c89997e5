import { startLocalNeo4j, type LocalNeo4j } from "../../tools/neo4j-local/local-neo4j";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { Executor } from "./executor";
import { createDriver } from "./neo4j-connection";

export interface OpenNeo4j {
  /** The Bolt URI in use, local or external. */
  uri: string;
  executor: Executor;
  /** Closes the driver, then stops the local Neo4j if this call started it. */
  close(): Promise<void>;
}

/**
 * The one code path to a database: the server named by NEO4J_URI, or a local Neo4j started here when it is
 * unset. Everything after this point is the same for both.
 */
export async function openNeo4j(config: Config, logger: Logger): Promise<OpenNeo4j> {
  let local: LocalNeo4j | null = null;
  if (config.neo4j.kind === "local") {
    local = await startLocalNeo4j({ ...config.neo4j, onProgress: (message) => logger.info({ component: "neo4j-local" }, message) });
    logger.info({ component: "neo4j-local", uri: local.uri, pid: local.pid }, "local Neo4j ready");
  }
  // The local server runs without authentication on loopback; it accepts any credentials.
  const connection = config.neo4j.kind === "external" ? config.neo4j : { uri: local!.uri, username: "neo4j", password: "" };
  const driver = createDriver(connection, logger);
  return {
    uri: connection.uri,
    executor: new Executor(driver, { database: config.neo4j.database, transactionTimeoutMs: config.transactionTimeoutMs }),
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
