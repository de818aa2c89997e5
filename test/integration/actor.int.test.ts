import { startApp, type RunningApp } from "../../src/app";
import { seed } from "../../src/seed/seeder";
import { postGraphql } from "../support/graphql-client";
import { seedFolder, silentLogger, testConfig, uniquePrefix } from "../support/test-database";

const p = uniquePrefix();
let app: RunningApp;

beforeAll(async () => {
  app = await startApp(testConfig({ seedOnStart: "false" }), silentLogger);
  const dir = seedFolder({
    "actors.csv": `id,kind,name,country,description\n${p}openai,company,OpenAI,US,An AI lab.\n${p}united-states,state,United States,US,\n`,
    "aliases.csv": `actor,lang,alias\n${p}united-states,fr,États-Unis\n`,
  });
  await seed(app.executor, { dirs: [dir], dataset: p }, silentLogger);
});

afterAll(async () => {
  await app.executor.run("WRITE", { name: "test/cleanup", text: "MATCH (a:Actor) WHERE a.id STARTS WITH $p DETACH DELETE a" }, { p });
  await app.stop();
});

describe("actor", () => {
  describe("actor(id)", () => {
    it("returns the seeded actor read from Neo4j", async () => {
      const { status, body } = await postGraphql(app.graphqlUrl, `query ($id: ID!) { actor(id: $id) { id name kind country aliases } }`, { id: `${p}united-states` });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.actor).toEqual({ id: `${p}united-states`, name: "United States", kind: "STATE", country: "US", aliases: ["États-Unis"] });
    });

    it("returns null when no actor has the id", async () => {
      const { body } = await postGraphql(app.graphqlUrl, `{ actor(id: "${p}nobody") { id } }`);
      expect(body.errors).toBeUndefined();
      expect(body.data?.actor).toBeNull();
    });

    it("returns BAD_USER_INPUT naming the field when the id is not a slug", async () => {
      const { body } = await postGraphql(app.graphqlUrl, `{ actor(id: "Open AI; MATCH (n) DETACH DELETE n") { id } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
      const { body: still } = await postGraphql(app.graphqlUrl, `{ actor(id: "${p}openai") { name } }`);
      expect(still.data?.actor).toEqual({ name: "OpenAI" });
    });
  });
});
