import { startApp, type RunningApp } from "../../src/app";
import { hashKey } from "../../src/auth/api-keys";
import { openGraph, type Graph } from "../../src/library";
import { silentLogger, testConfig, uniquePrefix } from "../support/test-database";

const p = uniquePrefix();
const readerKey = `${p}reader-key`;
let app: RunningApp;
let local: Graph;
let anonymous: Graph;
let reader: Graph;

async function post(query: string, key?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) };
  const response = await fetch(app.graphqlUrl, { method: "POST", headers, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] } };
}

const UPSERT = (id: string) => `mutation { upsertActor(input: {id: "${id}", kind: COMPANY, name: "In-process ${id}"}) { id } }`;

beforeAll(async () => {
  [app, local, anonymous, reader] = await Promise.all([
    startApp(
      testConfig({
        seedOnStart: "false",
        readsRequireKey: true,
        apiKeys: [{ name: `${p}reader`, role: "reader", hash: hashKey(readerKey) }],
      }),
      silentLogger,
    ),
    openGraph({ logLevel: "silent" }),
    openGraph({ logLevel: "silent", as: null }),
    openGraph({ logLevel: "silent", as: { name: `${p}reader`, role: "reader" } }),
  ]);
});

afterAll(async () => {
  await app.executor.run(
    "WRITE",
    { name: "test/cleanup", text: "MATCH (n) WHERE n.id STARTS WITH $p OR n.entityId STARTS WITH $p DETACH DELETE n" },
    { p },
  );
  await Promise.all([app.stop(), local.close(), anonymous.close(), reader.close()]);
});

describe("curation access", () => {
  describe("READS_REQUIRE_KEY=true", () => {
    it("refuses a query without a key with UNAUTHENTICATED (401)", async () => {
      const { status, body } = await post(`{ stats { actors } }`);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(body.data ?? null).toBeNull();
    });

    it("answers a query with a reader's key", async () => {
      const { body } = await post(`{ actor(id: "${p}none") { id } }`, readerKey);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ actor: null });
    });
  });

  describe("openGraph", () => {
    it("acts as the local admin by default, and the audit trail names it", async () => {
      const result = await local.execute(UPSERT(`${p}local`));
      expect(result.errors).toBeUndefined();
      const history = await local.execute(`{ history(entity: "${p}local") { edges { node { by action } } } }`);
      expect(history.data?.history.edges).toEqual([{ node: { by: "local", action: "upsertActor" } }]);
    });

    it("refuses mutations to an anonymous caller (as: null) and to a reader", async () => {
      expect((await anonymous.execute(UPSERT(`${p}anon`))).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await reader.execute(UPSERT(`${p}reader`))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  });
});
