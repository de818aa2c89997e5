import { loadConfig } from "../../src/config";
import { startApp, type RunningApp } from "../../src/app";
import { postGraphql } from "../support/graphql-client";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { silentLogger, testConfig } from "../support/test-database";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

const defaults = loadConfig({}).limits;

/** `{ actor { members { edges { node { from { members … } } } } } }`, `rounds` times over: 1 + 4 levels a round, plus `id`. */
function nested(rounds: number): string {
  let inner = "id";
  for (let i = 0; i < rounds; i += 1) inner = `members(first: 1) { edges { node { from { ${inner} } } } }`;
  return `{ actor(id: "openai") { ${inner} } }`;
}

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(api.app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: response.status, body: await response.json() };
}

describe("safety", () => {
  describe("config", () => {
    it("has safe defaults for every cost limit", () => {
      expect(defaults).toEqual({ maxDepth: 10, maxComplexity: 10_000, maxAliases: 30, maxBodyBytes: 1_000_000 });
    });

    it("reads each limit from the environment and refuses a value that is not a whole number", () => {
      expect(loadConfig({ MAX_QUERY_DEPTH: "5", MAX_QUERY_COMPLEXITY: "99", MAX_ALIASES: "0", MAX_BODY_BYTES: "2000" }).limits).toEqual({
        maxDepth: 5,
        maxComplexity: 99,
        maxAliases: 0,
        maxBodyBytes: 2000,
      });
      expect(() => loadConfig({ MAX_QUERY_DEPTH: "deep" })).toThrow(/MAX_QUERY_DEPTH="deep" is not valid/);
    });
  });

  describe("depth limit", () => {
    it("returns BAD_USER_INPUT stating the limit when a query is nested deeper than it", async () => {
      // actor(1), then members, edges, node, from (4 levels) a round: 3 rounds and `id` make 14 levels.
      const { status, body } = await postGraphql(api.app.graphqlUrl, nested(3));
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors![0]!.message).toBe(
        `The query is 14 levels deep; the limit is ${defaults.maxDepth}. Split it into several queries.`,
      );
      expect(body.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", limitName: "maxDepth", limit: defaults.maxDepth, actual: 14 });
    });

    it("answers a query at the limit", async () => {
      // 2 rounds: 1 + 8 + 1 = 10 levels.
      const data = await api.query(nested(2));
      expect(data.actor.members.edges).toBeDefined();
    });
  });

  describe("complexity limit", () => {
    it("returns BAD_USER_INPUT stating the limit when nested pages multiply past it", async () => {
      const query = `{ actors(first: 100) { edges { node { funders(first: 100) { edges { node { from { id } } } } } } } }`;
      const { status, body } = await postGraphql(api.app.graphqlUrl, query);
      expect(status).toBe(400);
      expect(body.errors![0]!.message).toMatch(
        new RegExp(`^The query's estimated cost is \\d+; the limit is ${defaults.maxComplexity}\\.`),
      );
      expect(body.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        limitName: "maxComplexity",
        limit: defaults.maxComplexity,
      });
      expect((body.errors![0]!.extensions as { actual: number }).actual).toBeGreaterThan(defaults.maxComplexity);
    });

    it("counts `first` given as a variable", async () => {
      const query = `query ($n: Int!) { actors(first: $n) { edges { node { funders(first: $n) { edges { node { from { id } } } } } } } }`;
      const over = await postGraphql(api.app.graphqlUrl, query, { n: 100 });
      expect(over.body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", limitName: "maxComplexity" });
      const under = await postGraphql(api.app.graphqlUrl, query, { n: 5 });
      expect(under.body.errors).toBeUndefined();
    });

    it("counts a first over the page cap as the cap, so the answer names first instead of the cost", async () => {
      const { body } = await postGraphql(api.app.graphqlUrl, `{ actors(first: 2000000000) { edges { node { id } } } }`);
      expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });

    it("counts a fragment once per spread", async () => {
      // Each spread: 1 + 100 × (edges 1 + node 1 + 6 fields) = 801; 14 of them, 11214.
      const spreads = Array.from({ length: 14 }, (_, i) => `a${i}: actors(first: 100) { ...F }`).join(" ");
      const { body } = await postGraphql(
        api.app.graphqlUrl,
        `{ ${spreads} } fragment F on ActorConnection { edges { node { id name kind country description aliases } } }`,
      );
      expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", limitName: "maxComplexity" });
    });
  });

  describe("alias limit", () => {
    it("returns BAD_USER_INPUT stating the limit when an operation has more aliased fields than it", async () => {
      const fields = Array.from({ length: defaults.maxAliases + 1 }, (_, i) => `a${i}: actor(id: "openai") { id }`).join(" ");
      const { status, body } = await postGraphql(api.app.graphqlUrl, `{ ${fields} }`);
      expect(status).toBe(400);
      expect(body.errors![0]!.extensions).toEqual({
        code: "BAD_USER_INPUT",
        limitName: "maxAliases",
        limit: defaults.maxAliases,
        actual: defaults.maxAliases + 1,
      });
      expect(body.errors![0]!.message).toContain(`the limit is ${defaults.maxAliases}`);
    });

    it("answers an operation at the limit", async () => {
      const fields = Array.from({ length: defaults.maxAliases }, (_, i) => `a${i}: actor(id: "openai") { id }`).join(" ");
      const data = await api.query(`{ ${fields} }`);
      expect(Object.keys(data)).toHaveLength(defaults.maxAliases);
    });
  });

  describe("batched operations", () => {
    it("refuses a JSON array of operations with 400", async () => {
      const one = { query: "{ __typename }" };
      const { status, body } = await post(JSON.stringify([one, one]));
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toMatch(/batch/i);
    });
  });

  describe("request body cap", () => {
    it("returns 413 and BAD_USER_INPUT for a body over 1 MB", async () => {
      const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(defaults.maxBodyBytes) } });
      const { status, body } = await post(big);
      expect(status).toBe(413);
      expect(body.errors[0]).toEqual({
        message: `The request body is larger than ${defaults.maxBodyBytes} bytes.`,
        extensions: { code: "BAD_USER_INPUT" },
      });
    });

    it("answers a body just under the cap", async () => {
      const padded = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(defaults.maxBodyBytes - 100) } });
      expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(defaults.maxBodyBytes);
      const { status, body } = await post(padded);
      expect([status, body]).toEqual([200, { data: { __typename: "Query" } }]);
    });
  });

  describe("transaction timeout", () => {
    let slow: RunningApp;

    beforeAll(async () => {
      slow = await startApp(testConfig({ seedOnStart: "false", transactionTimeoutMs: 200 }), silentLogger);
    });

    afterAll(() => slow.stop());

    it("ends a slow transaction with DATABASE_UNAVAILABLE instead of hanging", async () => {
      const started = Date.now();
      const slowQuery = { name: "test/slow", text: "UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n" };
      await expect(slow.executor.run("READ", slowQuery, {})).rejects.toMatchObject({
        extensions: { code: "DATABASE_UNAVAILABLE" },
        message: expect.stringMatching(/transaction timeout/),
      });
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    it("keeps answering quick queries under the same timeout", async () => {
      const { body } = await postGraphql(slow.graphqlUrl, `{ actor(id: "openai") { id } }`);
      expect(body.errors).toBeUndefined();
    });
  });
});

describeWithSeeds("README examples and the explorer under the default limits", () => {
  it("all run (their test, readme-examples.int.test.ts, runs them against this server's defaults)", async () => {
    // The explorer's heaviest request: a neighbourhood page of 100 relations with their sources.
    const { body } = await postGraphql(
      api.app.graphqlUrl,
      `query ($id: ID!) { neighborhood(id: $id, depth: 3, first: 100) { totalCount center { id name kind country description aliases regime { class index year score } } nodes { distance actor { id name kind country description aliases regime { class index year score } } } edges { node { id type validFrom validTo amount currency amountUsd round instrument stake role confidence recordedAt from { id } to { id } sources { quote source { id url title publisher published language } } } } } }`,
      { id: "openai" },
    );
    expect(body.errors).toBeUndefined();
  });
});
