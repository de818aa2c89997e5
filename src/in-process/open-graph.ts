import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import pino from "pino";
import type { Caller } from "../auth/caller";
import type { Identity } from "../auth/identity";
import { loadConfig, type Config } from "../config";
import { DatabasePreparation } from "../database-preparation";
import type { ApiContext } from "../graphql/context";
import { createGraphqlServer } from "../graphql/graphql-server";
import { Loaders } from "../graphql/loaders";
import { openNeo4j } from "../neo4j/open-neo4j";
import { createServices } from "../services";

/** Where the graph is. Each option left out is read from the environment, as `npm start` reads it (see README, Configuration). */
export interface OpenGraphOptions {
  /** The Neo4j to read, e.g. "bolt://127.0.0.1:7687". Default: NEO4J_URI; when that is unset too, a local Neo4j is started, and seeded if empty, as by `npm start`. */
  neo4jUri?: string;
  /** Default: NEO4J_USERNAME, else "neo4j". */
  neo4jUsername?: string;
  /** Default: NEO4J_PASSWORD, else empty (enough for a Neo4j on this machine without authentication). */
  neo4jPassword?: string;
  /** Default: NEO4J_DATABASE, else "neo4j". */
  neo4jDatabase?: string;
  /** The environment the other settings are read from. Default: process.env. */
  env?: Record<string, string | undefined>;
  /** How much to log, on stderr so that a script's stdout stays its own. Default: LOG_LEVEL, else "warn". */
  logLevel?: Config["logLevel"];
  /**
   * Whom the operations run as: their name goes into the audit trail, their role decides which mutations are
   * allowed. Default { name: "local", role: "admin" }: whoever runs this process can reach the database anyway,
   * so keys guard only the HTTP server. Pass null to act as an anonymous caller (READS_REQUIRE_KEY then applies).
   */
  as?: Identity | null;
}

/** What an operation answers: the same `data` and `errors` as over HTTP, errors formatted the same way. */
export interface GraphResult<TData> {
  data?: TData | null;
  errors?: readonly GraphQLFormattedError[];
}

/** The graph, open in this process. */
export interface Graph {
  /** The Bolt URI in use, local or external. */
  readonly neo4jUri: string;
  /** Cypher statements sent so far: read it before and after an operation to see what it cost. */
  readonly statementCount: number;
  /**
   * Runs one GraphQL operation (query text, variables, and the operation's name when the text holds several)
   * against the server's schema, with fresh per-request loaders, as if it came over HTTP. Never throws for a bad
   * operation: like the server, it answers `errors` with `extensions.code` (BAD_USER_INPUT with `field`,
   * NOT_FOUND, DATABASE_UNAVAILABLE, INTERNAL_SERVER_ERROR).
   */
  execute<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ): Promise<GraphResult<TData>>;
  /** Closes the driver, and stops the local Neo4j if openGraph started it. Call it once done, or the process stays up. */
  close(): Promise<void>;
}

/**
 * Opens the graph in this process, with no HTTP: for scripts and JS notebooks. It is the server without its
 * HTTP layer: the same configuration (loadConfig), database preparation (migrations; the first seed of an empty
 * local database), schema, services, per-request loaders and error formatting.
 *
 *   const graph = await openGraph({ neo4jUri: "bolt://127.0.0.1:7687" });
 *   const { data, errors } = await graph.execute(`{ actor(id: "openai") { name } }`);
 *   await graph.close();
 *
 * Throws a sentence saying what to fix when the configuration is invalid or Neo4j cannot be reached.
 */
export async function openGraph(options: OpenGraphOptions = {}): Promise<Graph> {
  const env = { ...(options.env ?? process.env) };
  const given: Record<string, string | undefined> = {
    NEO4J_URI: options.neo4jUri,
    NEO4J_USERNAME: options.neo4jUsername,
    NEO4J_PASSWORD: options.neo4jPassword,
    NEO4J_DATABASE: options.neo4jDatabase,
  };
  for (const [name, value] of Object.entries(given)) if (value !== undefined) env[name] = value;
  const config = loadConfig(env);
  const logger = pino(
    { name: "ai-policy-graph", level: options.logLevel ?? (env.LOG_LEVEL?.trim() ? config.logLevel : "warn") },
    pino.destination(2),
  );

  const neo4j = await openNeo4j(config, logger);
  const preparation = new DatabasePreparation(neo4j.executor, config, logger);
  let apollo: ApolloServer<ApiContext> | undefined;
  try {
    // A script wants an answer or an error now; the server, which waits for Neo4j, is another matter.
    await neo4j.executor.ping().catch((error: unknown) => {
      throw new Error(
        `Neo4j is not reachable at ${neo4j.uri}. Start it (\`npm run neo4j:local\`, or \`npm start\` in another terminal), or pass neo4jUri (or set NEO4J_URI) to a running one.`,
        { cause: error },
      );
    });
    await preparation.start();
    const services = createServices(neo4j.executor, { queryCompiler: config.queryCompiler });
    const caller: Caller = { identity: options.as === undefined ? { name: "local", role: "admin" } : options.as, badKey: false };
    // The server's GraphQL core (cost limits, masked errors logged), less the HTTP transport.
    apollo = await createGraphqlServer(services, config, logger);
    await apollo.start();
    const server = apollo;
    let closed = false;
    return {
      neo4jUri: neo4j.uri,
      get statementCount() {
        return neo4j.executor.statementCount;
      },
      async execute<TData>(query: string, variables: Record<string, unknown> = {}, operationName?: string): Promise<GraphResult<TData>> {
        if (closed) throw new Error("This graph is closed. Open it again with openGraph().");
        const response = await server.executeOperation<TData>(
          { query, variables, ...(operationName ? { operationName } : {}) },
          { contextValue: { requestId: randomUUID(), loaders: new Loaders(services), caller } },
        );
        if (response.body.kind !== "single") throw new Error("Incremental delivery (@defer, @stream) is not supported in process.");
        const { data, errors } = response.body.singleResult;
        return { ...(data !== undefined ? { data } : {}), ...(errors ? { errors } : {}) };
      },
      async close() {
        if (closed) return;
        closed = true;
        preparation.stop();
        await server.stop();
        await neo4j.close();
      },
    };
  } catch (error) {
    preparation.stop();
    await apollo?.stop();
    await neo4j.close();
    throw error;
  }
}
