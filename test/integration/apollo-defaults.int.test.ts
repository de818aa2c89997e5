import pino from "pino";
import { startApp, type RunningApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { StatsService } from "../../src/stats/stats.service";
import { postGraphql } from "../support/graphql-client";
import { silentLogger, testConfig } from "../support/test-database";

const apps: RunningApp[] = [];

async function start(overrides: Parameters<typeof testConfig>[0], logger = silentLogger): Promise<{ app: RunningApp; base: string }> {
  const app = await startApp(testConfig({ seedOnStart: "false", ...overrides }), logger);
  apps.push(app);
  return { app, base: app.graphqlUrl.replace(/\/graphql$/, "") };
}

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
});

const INTROSPECT = "{ __schema { queryType { name } } }";

describe("apollo defaults", () => {
  describe("config", () => {
    it("turns introspection and the playground on by default and off under NODE_ENV=production unless set", () => {
      expect(loadConfig({})).toMatchObject({ introspection: true, playground: true, corsOrigins: [] });
      expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ introspection: false, playground: false, development: false });
      expect(loadConfig({ NODE_ENV: "production", INTROSPECTION: "true", PLAYGROUND: "1" })).toMatchObject({
        introspection: true,
        playground: true,
      });
      expect(loadConfig({ CORS_ORIGINS: " https://a.example , https://b.example " }).corsOrigins).toEqual([
        "https://a.example",
        "https://b.example",
      ]);
      expect(() => loadConfig({ INTROSPECTION: "maybe" })).toThrow(
        /INTROSPECTION="maybe" is not valid. Set INTROSPECTION to true or false/,
      );
    });
  });

  describe("CORS", () => {
    let base: string;
    beforeAll(async () => {
      ({ base } = await start({ corsOrigins: ["https://research.example"] }));
    });

    it("answers a preflight from an allowed origin with the methods and headers it may use", async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "OPTIONS",
        headers: {
          origin: "https://research.example",
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type, authorization",
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe("https://research.example");
      expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
      expect(response.headers.get("access-control-allow-headers")).toMatch(/content-type.*authorization/);
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    });

    it("answers a preflight from another origin without CORS headers, which the browser reads as refused", async () => {
      const response = await fetch(`${base}/graphql`, {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    });

    it("names the allowed origin on the answer to a query, and no origin for another", async () => {
      const allowed = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { origin: "https://research.example", "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://research.example");
      expect(allowed.headers.get("vary")).toMatch(/Origin/);
      const other = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { origin: "https://evil.example", "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    });

    it("sends no CORS header at all by default (same origin only)", async () => {
      const { base: plain } = await start({});
      const response = await fetch(`${plain}/graphql`, {
        method: "OPTIONS",
        headers: { origin: "https://research.example", "access-control-request-method": "POST" },
      });
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    });
  });

  describe("CSRF prevention", () => {
    it("refuses a simple cross-site POST (text/plain, no preflight header)", async () => {
      const { app } = await start({});
      const response = await fetch(app.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(400);
    });
  });

  describe("production settings", () => {
    let app: RunningApp;
    let base: string;
    beforeAll(async () => {
      ({ app, base } = await start(
        loadConfig({ ...process.env, NODE_ENV: "production" }, { port: 0, host: "127.0.0.1", logLevel: "silent", seedOnStart: "false" }),
      ));
    });

    it("refuses introspection", async () => {
      const { body } = await postGraphql(app.graphqlUrl, INTROSPECT);
      expect(body.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(body.errors![0]!.message).toMatch(/introspection/i);
    });

    it("serves no playground, no explorer and no page at /graphql, but still answers queries", async () => {
      expect((await fetch(`${base}/playground`)).status).toBe(404);
      expect((await fetch(`${base}/explore`)).status).toBe(404);
      const page = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
      expect(page.headers.get("content-type")).not.toMatch(/text\/html/);
      const { body } = await postGraphql(app.graphqlUrl, "{ __typename }");
      expect(body).toEqual({ data: { __typename: "Query" } });
    });
  });

  describe("development settings", () => {
    it("answer introspection and serve the playground by default", async () => {
      const { app, base } = await start({});
      const { body } = await postGraphql(app.graphqlUrl, INTROSPECT);
      expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
      expect((await fetch(`${base}/playground`)).status).toBe(200);
    });
  });

  describe("error masking", () => {
    afterEach(() => jest.restoreAllMocks());

    it("masks an unexpected error as INTERNAL_SERVER_ERROR with no message or stack trace outside development", async () => {
      const lines: string[] = [];
      const logger = pino({ level: "error" }, { write: (line: string) => void lines.push(line) });
      const { app } = await start({ development: false }, logger);
      jest.spyOn(StatsService.prototype, "stats").mockRejectedValue(new Error("secret detail at /srv/app/stats.js:12"));
      const response = await fetch(app.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ stats { actors } }" }),
      });
      const text = await response.text();
      expect(JSON.parse(text).errors[0]).toEqual({
        message: "Internal server error",
        locations: [{ line: 1, column: 3 }],
        path: ["stats"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(text).not.toMatch(/secret|stacktrace|\.js:/);
      // The operator still sees the real error.
      expect(lines.join("")).toContain("secret detail at /srv/app/stats.js:12");
    });

    it("shows the stack trace in development", async () => {
      const { app } = await start({ development: true });
      jest.spyOn(StatsService.prototype, "stats").mockRejectedValue(new Error("secret detail"));
      const { body } = await postGraphql(app.graphqlUrl, "{ stats { actors } }");
      expect(body.errors![0]!.extensions).toMatchObject({ code: "INTERNAL_SERVER_ERROR", stacktrace: expect.any(Array) });
    });
  });
});
