import neo4j, { type Driver } from "neo4j-driver";
import type { Logger } from "../logger";

export interface ConnectionSettings {
  uri: string;
  username: string;
  password: string;
}

/**
 * How long a transaction that fails with a retryable error (a lost connection, a leader change) is retried:
 * by the driver's transaction functions, and by Executor.run for a single read, with the same back-off.
 */
export const TRANSACTION_RETRY_MS = 5_000;

/**
 * Creates the one driver of the process. neo4j:// URIs route reads and writes across a cluster or Aura;
 * bolt:// talks to one server. The caller owns it and closes it on shutdown.
 */
export function createDriver(settings: ConnectionSettings, logger: Logger): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    userAgent: "ai-policy-graph",
    // Keep the driver from waiting minutes on an unreachable server: fail fast, the API reports DATABASE_UNAVAILABLE.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: TRANSACTION_RETRY_MS,
    logging: {
      level: "warn",
      logger: (level, message) =>
        level === "error" ? logger.error({ component: "neo4j-driver" }, message) : logger.warn({ component: "neo4j-driver" }, message),
    },
  });
}
