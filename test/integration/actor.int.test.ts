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
    "sources.csv": `id,url,title,publisher,published,language\n${p}eiu,https://example.org/eiu,Index,Example,2024,en\n`,
    "regimes.csv": `state,index,year,regime,score,source,quote\n${p}united-states,EIU Democracy Index,2023,flawed_democracy,7.85,${p}eiu,test quote\n`,
  });
  await seed(app.executor, { dirs: [dir], dataset: p }, silentLogger);
});

afterAll(async () => {
  await app.executor.run(
    "WRITE",
    { name: "test/cleanup", text: "MATCH (n) WHERE n.dataset = $p OR n.id STARTS WITH $p DETACH DELETE n" },
    { p },
  );
  await app.stop();
});

describe("actor", () => {
  describe("actor(id)", () => {
    it("returns the seeded actor read from Neo4j", async () => {
      const { status, body } = await postGraphql(
        app.graphqlUrl,
        `query ($id: ID!) { actor(id: $id) { id name kind country aliases regime { class index year score } } }`,
        { id: `${p}united-states` },
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.actor).toEqual({
        id: `${p}united-states`,
        name: "United States",
        kind: "STATE",
        country: "US",
        aliases: ["États-Unis"],
        regime: { class: "FLAWED_DEMOCRACY", index: "EIU Democracy Index", year: 2023, score: 7.85 },
      });
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
