import { errorCount, readmeScenarios, runScenario } from "../../bench/load/load-test";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

/**
 * A short run of the load test (bench/load/): every README question at once, concurrently, for a few seconds.
 * It asserts correctness under concurrency only (zero errors of any kind); speed is measured by `npm run load`
 * and reported in docs/LOAD.md, never asserted in a timed test on a shared machine.
 */
describeWithSeeds("load", () => {
  describe("runScenario", () => {
    it("answers every README question under concurrent load with zero errors", async () => {
      const mixed = readmeScenarios().find((s) => s.name === "mixed")!;
      expect(mixed.queries.length).toBeGreaterThanOrEqual(10);
      const result = await runScenario(api.app.graphqlUrl.replace("localhost", "127.0.0.1"), mixed, { durationSeconds: 4, connections: 4 });
      expect(result.requests).toBeGreaterThan(mixed.queries.length);
      expect({ non2xx: result.non2xx, graphqlErrors: result.graphqlErrors, transportErrors: result.transportErrors }).toEqual({
        non2xx: 0,
        graphqlErrors: 0,
        transportErrors: 0,
      });
      expect(errorCount(result)).toBe(0);
    });

    it("counts GraphQL errors in a 200 answer as errors", async () => {
      const result = await runScenario(
        api.app.graphqlUrl.replace("localhost", "127.0.0.1"),
        { name: "bad", queries: [`{ actor(id: "openai") { noSuchField } }`, `{ funders(of: "no-such-actor") { totalCount } }`] },
        { durationSeconds: 1, connections: 2 },
      );
      // An unknown field is rejected with HTTP 400; an unknown actor is a 200 with NOT_FOUND in `errors`.
      expect(result.non2xx).toBeGreaterThan(0);
      expect(result.graphqlErrors).toBeGreaterThan(0);
      expect(result.non2xx + result.graphqlErrors).toBeGreaterThanOrEqual(result.requests - 2);
    });
  });
});
