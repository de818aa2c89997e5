import { startApp, type RunningApp } from "../../src/app";
import { silentLogger, testConfig } from "../support/test-database";

let app: RunningApp;
let base: string;

beforeAll(async () => {
  app = await startApp(testConfig({ seedOnStart: "false" }), silentLogger);
  base = app.graphqlUrl.replace(/\/graphql$/, "");
});

afterAll(() => app.stop());

describe("http", () => {
  describe("GET /healthz", () => {
    it("returns 200 when the process is up", async () => {
      const response = await fetch(`${base}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    });
  });

  describe("GET /readyz", () => {
    it("returns 200 when Neo4j is reachable and migrated", async () => {
      const response = await fetch(`${base}/readyz`);
      expect(await response.json()).toEqual({ ready: true, neo4j: "reachable", schema: "current" });
      expect(response.status).toBe(200);
    });
  });

  describe("/graphql", () => {
    it("answers a query sent with GET and a CSRF preflight header", async () => {
      const query = encodeURIComponent("{ __typename }");
      const response = await fetch(`${base}/graphql?query=${query}`, {
        headers: { accept: "application/graphql-response+json", "apollo-require-preflight": "true" },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/application\/graphql-response\+json/);
      expect(await response.json()).toEqual({ data: { __typename: "Query" } });
    });

    it("refuses a GET without a CSRF preflight header, which a cross-site form could send", async () => {
      const response = await fetch(`${base}/graphql?query=${encodeURIComponent("{ __typename }")}`);
      expect(response.status).toBe(400);
    });

    it("returns 400 for a document that does not parse", async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query: "{ actor(" }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    });

    it("returns 400 and application/graphql-response+json for a document that fails validation", async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query: "{ nope }" }),
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/application\/graphql-response\+json/);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(body.data).toBeUndefined();
    });

    it("returns 400 and BAD_USER_INPUT when a variable does not coerce to its type", async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({
          query: 'query ($d: Date) { actor(id: "openai") { board(asOf: $d) { totalCount } } }',
          variables: { d: "yesterday" },
        }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    });

    it("returns BAD_USER_INPUT for a literal Date that is not a calendar day", async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query: '{ actor(id: "openai") { board(asOf: "2023-13-01") { totalCount } } }' }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string; field?: string } }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "asOf" });
    });

    it("answers application/json when the client accepts only that", async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    });

    it("returns 406 when the client accepts no GraphQL response type", async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/html" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(406);
    });

    it("returns 413 when the body is over the size cap", async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ __typename } #${"x".repeat(1_100_000)}` }),
      });
      expect(response.status).toBe(413);
    });
  });

  describe("unknown routes", () => {
    it("returns 404", async () => {
      expect((await fetch(`${base}/nope`)).status).toBe(404);
    });
  });
});
