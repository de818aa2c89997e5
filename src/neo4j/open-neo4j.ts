import { describeSupervision, openLocalNeo4j, type LocalNeo4j, type SupervisionEvent } from "../../tools/neo4j-local/local-neo4j";
import { stateFilePath } from "../../tools/neo4j-local/local-neo4j-state";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { Executor } from "./executor";
import { createDriver } from "./neo4j-connection";

export interface OpenNeo4j {
  /** The Bolt URI in use, local or external. */
  uri: string;
  executor: Executor;
  /** Closes the driver, then stops the local Neo4j if this call started it (never one it shares). */
  close(): Promise<void>;
}

/**
 * The one code path to a database: the server named by NEO4J_URI, or the local Neo4j of NEO4J_LOCAL_DATA_DIR
 * when it is unset. The local one is shared when another process (`npm start`, `npm run neo4j:local`) already
 * runs it, found through the state file in the data folder; otherwise it is started here and restarted after a
 * crash. Everything after this point is the same for all three.
 */
export async function openNeo4j(config: Config, logger: Logger): Promise<OpenNeo4j> {
  let local: LocalNeo4j | null = null;
  let uri: string;
  if (config.neo4j.kind === "local") {
    const log = logger.child({ component: "neo4j-local" });
    const opened = await openLocalNeo4j({
      ...config.neo4j,
      restartOnCrash: true,
      onProgress: (message) => log.info(message),
      onSupervision: (event) => logSupervision(log, event),
    });
    if (opened.kind === "shared") {
      const { state } = opened;
      uri = state.uri;
      log.info({ uri, pid: state.jvmPid, ownerPid: state.ownerPid, stateFile: stateFilePath(state.dataDir) }, `using the local Neo4j that process ${state.ownerPid} runs on this store`);
    } else {
      local = opened.neo4j;
      uri = local.uri;
      log.info({ uri, pid: local.pid }, "local Neo4j ready");
    }
  } else {
    uri = config.neo4j.uri;
  }
  // The local server runs without authentication on loopback; it accepts any credentials.
  const connection = config.neo4j.kind === "external" ? config.neo4j : { uri, username: "neo4j", password: "" };
  const driver = createDriver(connection, logger);
  return {
    uri,
    executor: new Executor(driver, { database: config.neo4j.database, transactionTimeoutMs: config.transactionTimeoutMs }),
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}

/** A crash is a warning, a failed restart an error, a restart news. */
function logSupervision(log: Logger, event: SupervisionEvent): void {
  const level = event.kind === "crashed" ? "warn" : event.kind === "restart-failed" ? "error" : "info";
  log[level](event, describeSupervision(event));
}
