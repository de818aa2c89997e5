import { startApp, type RunningApp } from "../../src/app";
import type { Config } from "../../src/config";
import { postGraphql, type GraphqlBody } from "./graphql-client";
import { silentLogger, testConfig } from "./test-database";

/** A running server over the test database, for query tests; seeds nothing itself (see describeWithSeeds). */
export interface QueryApp {
  app: RunningApp;
  /** Runs an operation and returns `data`; fails the test with the errors when there are any. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs an operation that must fail and returns its errors. */
  errors(query: string, variables?: Record<string, unknown>): Promise<NonNullable<GraphqlBody["errors"]>>;
  /** How many Cypher statements a request sends: runs it and counts. */
  statementsOf(query: string, variables?: Record<string, unknown>): Promise<number>;
}

/** `overrides` change the configuration, e.g. a limit a test must go past on purpose. */
export async function startQueryApp(overrides: Partial<Config> = {}): Promise<QueryApp> {
  const app = await startApp(testConfig({ seedOnStart: "false", ...overrides }), silentLogger);
  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { status, body } = await postGraphql(app.graphqlUrl, text, variables);
    if (body.errors?.length || status !== 200) throw new Error(`HTTP ${status}: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  return {
    app,
    query,
    async errors(text, variables = {}) {
      const { body } = await postGraphql(app.graphqlUrl, text, variables);
      if (!body.errors?.length) throw new Error(`Expected errors, got data ${JSON.stringify(body.data)}`);
      return body.errors;
    },
    async statementsOf(text, variables = {}) {
      const before = app.executor.statementCount;
      await query(text, variables);
      return app.executor.statementCount - before;
    },
  };
}
