import { createHash } from "node:crypto";
import { startApp, type RunningApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { silentLogger, testConfig } from "../support/test-database";

let app: RunningApp;
let base: string;

beforeAll(async () => {
  // Two readers' keys, so requests that carry them are authenticated and counted against each key.
  const reader = (name: string, key: string) => ({ name, role: "reader" as const, hash: createHash("sha256").update(key).digest("hex") });
  app = await startApp(
    testConfig({ seedOnStart: "false", rateLimitPerMinute: 3, apiKeys: [reader("one", "key-one"), reader("two", "key-two")] }),
    silentLogger,
  );
  base = app.graphqlUrl.replace(/\/graphql$/, "");
});

afterAll(() => app.stop());

function ask(headers: Record<string, string> = {}): Promise<Response> {
  return fetch(app.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
}

describe("rate limit", () => {
  describe("config", () => {
    it("defaults to 600 requests a minute per client, and 0 turns it off", () => {
      expect(loadConfig({}).rateLimitPerMinute).toBe(600);
      expect(loadConfig({ RATE_LIMIT_PER_MINUTE: "0" }).rateLimitPerMinute).toBe(0);
      expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: "-1" })).toThrow(/RATE_LIMIT_PER_MINUTE="-1" is not valid/);
    });
  });

  describe("/graphql", () => {
    it("returns 429 with Retry-After and a RATE_LIMITED error once a client has used its requests", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await ask()).status);
      expect(statuses).toEqual([200, 200, 200]);
      const refused = await ask();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(20);
      const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: "RATE_LIMITED", limit: 3 });
      expect(body.errors[0]!.message).toMatch(/^Too many requests: the limit is 3 a minute per client\./);
    });

    it("counts a request carrying an API key against the key, not the address", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await ask({ authorization: "Bearer key-one" })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await ask({ "x-api-key": "key-two" })).status).toBe(200);
    });
  });

  describe("/healthz and /readyz", () => {
    it("are never limited, so probes keep working while a client is refused", async () => {
      expect((await ask()).status).toBe(429);
      for (let i = 0; i < 5; i += 1) {
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
        expect((await fetch(`${base}/readyz`)).status).toBe(200);
      }
    });
  });
});
