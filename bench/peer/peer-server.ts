import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL, type Neo4jGraphQLContext } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import type { BenchServer, BenchServerOptions } from "../runner/server-cli";
import { peerTypeDefs } from "./peer-type-defs";

/**
 * Way (c) of the benchmark: a GraphQL server built on the Neo4j GraphQL Library 7, as its documentation sets one
 * up: `new Neo4jGraphQL({typeDefs, driver})`, `getSchema()`, Apollo Server 5's `startStandaloneServer`.
 * Its URL is the GraphQL endpoint (the standalone server answers GraphQL on every path).
 *
 * Settings, each what a tuned production deployment would have, the rest left at the Library's defaults:
 * - `debug: false`: no per-request logging of the generated Cypher (also off by default unless DEBUG names it).
 * - `features.filters.String` GTE/LTE: the dates are partial-date strings, and a date range needs them.
 * - Apollo: the landing page off (a GET-only page, costs nothing per POST, but the project's server has it off
 *   too), no stack traces in errors, and `stopOnTerminationSignals: false` because peer-cli owns the signals.
 * Introspection, validation of the type definitions at start, the driver's default pool and the Library's
 * bookmark manager stay as they come.
 */
export async function startPeerServer(options: BenchServerOptions): Promise<BenchServer> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
    userAgent: "ai-policy-graph-bench-peer",
  });
  try {
    await driver.verifyConnectivity({ database: options.database });
    const library = new Neo4jGraphQL({
      typeDefs: peerTypeDefs,
      driver,
      debug: false,
      features: { filters: { String: { GTE: true, LTE: true } } },
    });
    const apollo = new ApolloServer<Neo4jGraphQLContext>({
      schema: await library.getSchema(),
      includeStacktraceInErrorResponses: false,
      stopOnTerminationSignals: false,
      plugins: [ApolloServerPluginLandingPageDisabled()],
    });
    const { url } = await startStandaloneServer(apollo, {
      listen: { host: options.host, port: options.port },
      // Always name the database, to avoid a round trip for the home database.
      context: async () => ({ sessionConfig: { database: options.database } }),
    });
    return {
      url,
      async stop() {
        await apollo.stop();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
