import { startApp, type RunningApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { postGraphql } from "../support/graphql-client";
import { freePort } from "../support/free-port";
import { silentLogger } from "../support/test-database";

/** A real driver pointed at a port where no Neo4j listens: the outage is real, not simulated. */
describe("app", () => {
  describe("when Neo4j is unreachable", () => {
    let app: RunningApp;
    let base: string;

    beforeAll(async () => {
      const deadUri = `bolt://127.0.0.1:${await freePort()}`;
      const config = loadConfig({ NEO4J_URI: deadUri, NEO4J_PASSWORD: "" }, { port: 0, host: "127.0.0.1", logLevel: "silent" });
      app = await startApp(config, silentLogger);
      base = app.graphqlUrl.replace(/\/graphql$/, "");
    });

    afterAll(() => app.stop());

    it("starts anyway and /readyz returns 503", async () => {
      const response = await fetch(`${base}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ready: false, neo4j: "unreachable" });
    });

    it("returns DATABASE_UNAVAILABLE for a query instead of crashing", async () => {
      const { body } = await postGraphql(app.graphqlUrl, `{ actor(id: "openai") { id } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });
  });
});
