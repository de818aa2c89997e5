import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { translateNeo4jError } from "../errors/translate-neo4j-error";
import type { CypherQuery } from "./cypher-file";
import { toPlain } from "./to-plain";

/** READ runs through executeRead (any cluster member); WRITE through executeWrite (the leader). */
export type AccessMode = "READ" | "WRITE";

export type Params = Record<string, unknown>;

export interface ExecutorOptions {
  /** The database every session names, to avoid a routing-table round trip for the home database. */
  database: string;
  /** Sent with each transaction; Neo4j aborts it past this. */
  transactionTimeoutMs: number;
}

/** Runs queries inside one transaction; every row comes back as plain JS values. */
export interface QueryRunner {
  run<Row>(query: CypherQuery, params?: Params): Promise<Row[]>;
}

/**
 * The only way the code talks to Neo4j.
 * - The caller states READ or WRITE, which picks executeRead or executeWrite, so it is routing-safe on a cluster
 *   and transient failures are retried by the driver.
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

  /** One query in its own transaction. */
  run<Row>(mode: AccessMode, query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.transaction(mode, query.name, (tx) => tx.run<Row>(query, params));
  }

  /**
   * Several queries in one transaction: all of them take effect, or none. `work` may be called again when the
   * driver retries a transient failure, so it must not have side effects outside the transaction.
   * `timeoutMs` overrides the configured timeout, for long bulk writes such as a seed.
   */
  async transaction<T>(mode: AccessMode, name: string, work: (tx: QueryRunner) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
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
