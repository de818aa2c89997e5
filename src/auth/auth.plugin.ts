import type { ApolloServerPlugin } from "@apollo/server";
import type { ApiContext } from "../graphql/context";
import { requireRole } from "./caller";

/**
 * Guards reads: with READS_REQUIRE_KEY=true a query needs a key of any role (reader and up). A key that matches
 * none fails every operation with UNAUTHENTICATED. Mutations check their own roles in their resolvers.
 */
export function authPlugin(readsRequireKey: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const caller = contextValue.caller;
          if (caller.badKey || (readsRequireKey && operation?.operation === "query")) requireRole(caller, "reader", "Reading the graph");
        },
      };
    },
  };
}
