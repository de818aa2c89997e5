import {
  describeSupervision,
  openLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jOptions,
  type SupervisionEvent,
} from "../../tools/neo4j-local/local-neo4j";
import { inspectStore, stateFilePath, type LocalNeo4jState } from "../../tools/neo4j-local/local-neo4j-state";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { Executor } from "./executor";
import { createDriver } from "./neo4j-connection";

/** How often a process that shares another's local Neo4j checks that its owner still runs it. */
const OWNER_CHECK_MS = 2_000;

export interface OpenNeo4j {
  /** The Bolt URI in use, local or external. */
  uri: string;
  executor: Executor;
  /** Closes the driver, then stops the local Neo4j if this process started it (never one it shares). */
  close(): Promise<void>;
}

/**
 * The one code path to a database: the server named by NEO4J_URI, or the local Neo4j of NEO4J_LOCAL_DATA_DIR
 * when it is unset. The local one is shared when another process (`npm start`, `npm run neo4j:local`) already
 * runs it, found through the state file in the data folder; otherwise it is started here and restarted after a
 * crash. Everything after this point is the same for all three.
 */
export async function openNeo4j(config: Config, logger: Logger): Promise<OpenNeo4j> {
  if (config.neo4j.kind === "external") return withDriver(config, logger, config.neo4j, async () => undefined);
  const log = logger.child({ component: "neo4j-local" });
  const options: LocalNeo4jOptions = {
    ...config.neo4j,
    restartOnCrash: true,
    onProgress: (message) => log.info(message),
    onSupervision: (event) => logSupervision(log, event),
  };
  let local: LocalNeo4j | undefined;
  let shared: LocalNeo4jState | undefined;
  const opened = await openLocalNeo4j(options);
  if (opened.kind === "started") {
    local = opened.neo4j;
    log.info({ uri: local.uri, pid: local.pid }, "local Neo4j ready");
  } else {
    shared = opened.state;
    log.info(
      { uri: shared.uri, pid: shared.jvmPid, ownerPid: shared.ownerPid, stateFile: stateFilePath(shared.dataDir) },
      `using the local Neo4j that process ${shared.ownerPid} runs on this store`,
    );
  }
  const uri = local?.uri ?? shared!.uri;

  // The Neo4j we share stops with the process that started it. Then this one starts it again on the same port
  // (so the driver's URI stays right) and owns it from then on, as `npm start` would have.
  let check: NodeJS.Timeout | undefined;
  let takingOver: Promise<void> | undefined;
  const takeOverIfAbandoned = async () => {
    const holder = await inspectStore(shared!.dataDir);
    if (holder.kind !== "none" && holder.kind !== "stale") return;
    log.warn({ ownerPid: shared!.ownerPid }, `process ${shared!.ownerPid}, which ran the local Neo4j, has stopped; starting it here`);
    const again = await openLocalNeo4j({ ...options, boltPort: shared!.boltPort });
    if (again.kind === "started") {
      local = again.neo4j;
      clearInterval(check);
      log.info({ uri: local.uri, pid: local.pid }, "local Neo4j ready");
    } else {
      shared = again.state;
      if (shared.uri !== uri)
        log.error({ uri: shared.uri }, `the local Neo4j now runs at ${shared.uri}, not ${uri}; restart this process to use it`);
    }
  };
  if (shared) {
    check = setInterval(() => {
      takingOver ??= takeOverIfAbandoned()
        .catch((error: unknown) => log.error({ err: error }, "starting the local Neo4j failed; trying again"))
        .finally(() => (takingOver = undefined));
    }, OWNER_CHECK_MS);
    check.unref();
  }
  // The local server runs without authentication on loopback; it accepts any credentials.
  return withDriver(config, logger, { uri, username: "neo4j", password: "" }, async () => {
    clearInterval(check);
    await takingOver;
    await local?.stop();
  });
}

/** The driver and executor over `connection`; close() closes the driver, then runs `after`. */
function withDriver(
  config: Config,
  logger: Logger,
  connection: { uri: string; username: string; password: string },
  after: () => Promise<void>,
): OpenNeo4j {
  const driver = createDriver(connection, logger);
  return {
    uri: connection.uri,
    executor: new Executor(driver, { database: config.neo4j.database, transactionTimeoutMs: config.transactionTimeoutMs }),
    async close() {
      await driver.close();
      await after();
    },
  };
}

/** A crash is a warning, a failed restart an error, a restart news. */
function logSupervision(log: Logger, event: SupervisionEvent): void {
  const level = event.kind === "crashed" ? "warn" : event.kind === "restart-failed" ? "error" : "info";
  log[level](event, describeSupervision(event));
}
