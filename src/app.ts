import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { KeyRing } from "./auth/api-keys";
import { callerOf } from "./auth/caller";
import type { Config } from "./config";
import { DatabasePreparation } from "./database-preparation";
import { exploreRoute } from "./explore/explore.route";
import { exportRoute } from "./export/export.route";
import type { ApiContext } from "./graphql/context";
import { createGraphqlServer } from "./graphql/graphql-server";
import { Loaders } from "./graphql/loaders";
import { createRequestListener } from "./http/http-server";
import type { Logger } from "./logger";
import type { Executor } from "./neo4j/executor";
import { openNeo4j } from "./neo4j/open-neo4j";
import { playgroundRoute, servePlaygroundPage } from "./playground/playground.route";
import { CorsPolicy } from "./safety/cors";
import { RateLimiter } from "./safety/rate-limit";
import { createServices } from "./services";

export interface RunningApp {
  /** e.g. http://localhost:4000/graphql */
  graphqlUrl: string;
  /** The Bolt URI in use, local or external. */
  neo4jUri: string;
  executor: Executor;
  /** Stops accepting requests, drains those in flight, closes the driver, then stops the local Neo4j if we started it. */
  stop(): Promise<void>;
}

/** The composition root: builds every part once and hands each its dependencies. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const neo4j = await openNeo4j(config, logger);
  try {
    const { executor } = neo4j;
    const preparation = new DatabasePreparation(executor, config, logger);
    await preparation.start();

    const services = createServices(executor, { queryCompiler: config.queryCompiler });
    const keys = new KeyRing(config.apiKeys);
    const httpServer = createServer();
    // The drain plugin stops new connections and waits for requests in flight when apollo.stop() runs. The landing
    // page stays off: Apollo's default one loads from a CDN and shows nothing offline.
    const apollo = await createGraphqlServer(services, config, logger, {
      introspection: config.introspection,
      plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    });
    await apollo.start();
    httpServer.on(
      "request",
      createRequestListener<ApiContext>({
        apollo,
        context: async (request) => ({ requestId: randomUUID(), loaders: new Loaders(services), caller: callerOf(request.headers, keys) }),
        readiness: () => preparation.readiness(),
        logger,
        maxBodyBytes: config.limits.maxBodyBytes,
        routes: [...(config.playground ? [playgroundRoute(), exploreRoute()] : []), exportRoute(executor, services)],
        ...(config.playground ? { graphqlBrowserPage: servePlaygroundPage } : {}),
        cors: new CorsPolicy(config.corsOrigins),
        ...(config.rateLimitPerMinute > 0 ? { rateLimiter: new RateLimiter(config.rateLimitPerMinute) } : {}),
        trustProxy: config.trustProxy,
      }),
    );
    await listen(httpServer, config.port, config.host);
    const port = (httpServer.address() as AddressInfo).port;

    return {
      graphqlUrl: `http://localhost:${port}/graphql`,
      neo4jUri: neo4j.uri,
      executor,
      async stop() {
        preparation.stop();
        await apollo.stop();
        await neo4j.close();
      },
    };
  } catch (error) {
    await neo4j.close();
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} is already in use. Another \`npm start\` may be running: stop it, or set PORT to a free port.`)
          : error,
      );
    });
    server.listen(port, host, () => resolve());
  });
}
