import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { translateNeo4jError } from "../errors/translate-neo4j-error";
import type { CypherQuery } from "./cypher-file";
import { TRANSACTION_RETRY_MS } from "./neo4j-connection";
import { toPlain } from "./to-plain";

/** READ runs on any cluster member (auto-commit for one query, executeRead for several); WRITE through executeWrite (the leader). */
export type AccessMode = "READ" | "WRITE";

export type Params = Record<string, unknown>;

export interface ExecutorOptions {
  /** The database every session names, to avoid a routing-table round trip for the home database. */
  database: string;
  /** Sent with each transaction; Neo4j aborts it past this. */
  transactionTimeoutMs: number;
}

/** The driver's back-off between retries of a transaction function: 1 s, then doubling, with ±20 % jitter. */
const FIRST_RETRY_DELAY_MS = 1_000;
const RETRY_DELAY_JITTER = 0.2;

/** Runs queries inside one transaction; every row comes back as plain JS values. */
export interface QueryRunner {
  run<Row>(query: CypherQuery, params?: Params): Promise<Row[]>;
}

/**
 * The only way the code talks to Neo4j.
 * - The caller states READ or WRITE, which picks a read or write session, so it is routing-safe on a cluster;
 *   transient failures are retried (by the driver's transaction functions, or by `run` for a single read).
 * - Sessions share one bookmark manager, so a read that follows a write sees it, even on another cluster member.
 * - Every transaction carries `app` metadata (with the query's file name) and a timeout.
 * - Sessions close in `finally`; Neo4j errors leave here already translated to the API's codes.
 */
export class Executor {
  private readonly bookmarkManager = neo4j.bookmarkManager();
  private statements = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /** Statements sent since start: a test reads it before and after a request to count round trips. */
  get statementCount(): number {
    return this.statements;
  }

  get database(): string {
    return this.options.database;
  }

  /**
   * One query in its own transaction. A read runs as an auto-commit transaction: the query and its PULL go in one
   * message batch and one round trip, where a transaction function adds a BEGIN and a COMMIT round trip. For the
   * many small reads a GraphQL request makes (one per field and level), that halved the driver's socket writes
   * and raised throughput about 1.6 times (BENCHMARKS.md). A read that fails with an error the driver calls
   * retryable (a leader change, a lost connection) is tried again as executeRead would: for up to
   * TRANSACTION_RETRY_MS, with the driver's back-off.
   */
  async run<Row>(mode: AccessMode, query: CypherQuery, params: Params = {}): Promise<Row[]> {
    if (mode === "WRITE") return this.transaction(mode, query.name, (tx) => tx.run<Row>(query, params));
    const started = Date.now();
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.bookmarkManager,
      });
      try {
        this.statements += 1;
        const result = await session.run(query.text, params, {
          timeout: this.options.transactionTimeoutMs,
          metadata: { app: "ai-policy-graph", query: query.name },
        });
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } catch (error) {
        const pause = delay * (1 - RETRY_DELAY_JITTER + 2 * RETRY_DELAY_JITTER * Math.random());
        if (neo4j.isRetryableError(error as Error) && Date.now() - started + pause < TRANSACTION_RETRY_MS) {
          await new Promise((resolve) => setTimeout(resolve, pause));
          continue;
        }
        throw translateNeo4jError(error);
      } finally {
        await session.close();
      }
    }
  }

  /**
   * Several queries in one transaction: all of them take effect, or none. `work` may be called again when the
   * driver retries a transient failure, so it must not have side effects outside the transaction.
   * `timeoutMs` overrides the configured timeout, for long bulk writes such as a seed.
   */
  async transaction<T>(
    mode: AccessMode,
    name: string,
    work: (tx: QueryRunner) => Promise<T>,
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarkManager,
    });
    const config = { timeout: options.timeoutMs ?? this.options.transactionTimeoutMs, metadata: { app: "ai-policy-graph", query: name } };
    const body = (tx: ManagedTransaction) => work(this.runner(tx));
    try {
      return mode === "READ" ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Checks that Neo4j answers, within the driver's connection timeout. */
  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      throw translateNeo4jError(error);
    }
  }

  private runner(tx: ManagedTransaction): QueryRunner {
    return {
      run: async <Row>(query: CypherQuery, params: Params = {}): Promise<Row[]> => {
        this.statements += 1;
        const result = await tx.run(query.text, params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      },
    };
  }
}
