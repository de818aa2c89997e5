import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { authPlugin } from "../auth/auth.plugin";
import type { Config } from "../config";
import { argumentPathPlugin } from "../errors/argument-path";
import { ErrorCode } from "../errors/error-code";
import { formatError } from "../errors/format-error";
import type { Logger } from "../logger";
import { costLimitsPlugin } from "../safety/query-cost";
import { createResolvers, type Services } from "../services";
import { buildApiSchema } from "./build-schema";
import type { ApiContext } from "./context";

/** What a transport adds to the GraphQL core: its own plugins (the HTTP server's drain and landing page) and options. */
export interface Transport {
  plugins?: ApolloServerPlugin<ApiContext>[];
  /** Answer introspection. Default: Apollo's (on outside production). */
  introspection?: boolean;
}

/**
 * The GraphQL core that the HTTP server (src/app.ts) and the in-process API (src/in-process/open-graph.ts) share,
 * built in one place so that they answer alike: the schema and its resolvers, error masking (an unexpected error
 * is logged for the operator and shown to the client as INTERNAL_SERVER_ERROR), and the plugins every operation
 * runs through: the argument named in an error, the key's role, and the cost limits. Not started.
 */
export async function createGraphqlServer(
  services: Services,
  config: Config,
  logger: Logger,
  transport: Transport = {},
): Promise<ApolloServer<ApiContext>> {
  return new ApolloServer<ApiContext>({
    schema: await buildApiSchema(createResolvers(services)),
    formatError: (formatted, error) => {
      const shown = formatError(formatted, error, config.development);
      // The client sees "Internal server error"; the operator needs the real one.
      if (shown.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR)
        logger.error({ err: unwrapResolverError(error), path: formatted.path }, "unexpected error, masked for the client");
      return shown;
    },
    includeStacktraceInErrorResponses: config.development,
    ...(transport.introspection === undefined ? {} : { introspection: transport.introspection }),
    // Several operations in one JSON array would multiply every limit; Apollo refuses them (400) by default.
    allowBatchedHttpRequests: false,
    // Whoever opened the core stops it (src/index.ts on SIGINT/SIGTERM, or close() in process), in its own order.
    stopOnTerminationSignals: false,
    // Cache control stays off: the API sets no cache hints, and the plugin wraps every field's resolver to read them
    // (a list of 400 relations paid for it 1,200 times per request).
    plugins: [
      ...(transport.plugins ?? []),
      ApolloServerPluginCacheControlDisabled(),
      argumentPathPlugin,
      authPlugin(config.readsRequireKey),
      costLimitsPlugin(config.limits),
    ],
  });
}
