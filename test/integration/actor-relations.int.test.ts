import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

const ids = (connection: { edges: { node: { from: { id: string } } }[] }) => connection.edges.map((e) => e.node.from.id).sort();

describeWithSeeds("Actor relation fields", () => {
  describe("funders", () => {
    it("returns Microsoft's dated, sourced investments among OpenAI's funders", async () => {
      const data = await api.query(`{ actor(id: "openai") { funders(first: 100) { totalCount edges { node {
        id type validFrom amount currency amountUsd amountKind round instrument confidence from { id } to { id } sources { quote source { url title } } } } } } }`);
      const fundings = data.actor.funders.edges.map((e: any) => e.node);
      const microsoft2023 = fundings.find((f: any) => f.id === "microsoft-funds-openai-2023");
      expect(microsoft2023).toMatchObject({
        type: "FUNDS",
        validFrom: "2023-01-23",
        amount: 10_000_000_000,
        currency: "USD",
        amountUsd: 10_000_000_000,
        amountKind: "COMMITTED",
        confidence: "REPORTED",
        from: { id: "microsoft" },
        to: { id: "openai" },
      });
      expect(microsoft2023.sources.length).toBeGreaterThan(0);
      expect(microsoft2023.sources[0].source.url).toMatch(/^(https?:|urn:)/);
      expect(microsoft2023.sources[0].quote.length).toBeGreaterThan(0);
      expect(fundings.find((f: any) => f.id === "microsoft-funds-openai-2019")).toMatchObject({
        validFrom: "2019-07-22",
        amountUsd: 1_000_000_000,
      });
      expect(data.actor.funders.totalCount).toBe(fundings.length);
    });

    it("keeps only the fundings made by a day with asOf", async () => {
      const data = await api.query(
        `{ actor(id: "openai") { funders(first: 100, asOf: "2020-01-01") { edges { node { id validFrom } } } } }`,
      );
      const found = data.actor.funders.edges.map((e: any) => e.node);
      expect(found.map((f: any) => f.id)).toContain("microsoft-funds-openai-2019");
      expect(found.map((f: any) => f.id)).not.toContain("microsoft-funds-openai-2023");
      for (const f of found) expect(f.validFrom === null || f.validFrom <= "2020-01-01").toBe(true);
    });
  });

  describe("board", () => {
    it("differs between 2023-11-20 and 2024-06-14", async () => {
      const data =
        await api.query(`{ before: actor(id: "openai") { board(asOf: "2023-11-20", first: 100) { edges { node { from { id } } } } }
                                       after: actor(id: "openai") { board(asOf: "2024-06-14", first: 100) { edges { node { from { id } } } } } }`);
      const before = ids(data.before.board);
      const after = ids(data.after.board);
      expect(before).toEqual(expect.arrayContaining(["adam-dangelo", "helen-toner", "ilya-sutskever"]));
      expect(after).toEqual(expect.arrayContaining(["bret-taylor", "paul-nakasone", "sam-altman"]));
      expect(after).not.toContain("helen-toner");
      expect(before).not.toContain("paul-nakasone");
    });
  });

  describe("relations", () => {
    it("filters by type and direction", async () => {
      const data = await api.query(
        `{ actor(id: "saudi-arabia") { relations(type: [CONTROLS], direction: OUTGOING, first: 100) { edges { node { type from { id } to { id } } } } } }`,
      );
      const edges = data.actor.relations.edges.map((e: any) => e.node);
      expect(edges.map((e: any) => e.to.id)).toContain("pif");
      for (const e of edges) expect(e).toMatchObject({ type: "CONTROLS", from: { id: "saudi-arabia" } });
    });

    it("pages with first and after, without repeating or skipping a relation", async () => {
      const all = await api.query(`{ actor(id: "openai") { relations(first: 100) { totalCount edges { node { id } } } } }`);
      const first = await api.query(
        `{ actor(id: "openai") { relations(first: 5) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
      );
      const next = await api.query(
        `query ($after: String) { actor(id: "openai") { relations(first: 5, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } } }`,
        { after: first.actor.relations.pageInfo.endCursor },
      );
      const expected = all.actor.relations.edges.slice(0, 10).map((e: any) => e.node.id);
      expect([...first.actor.relations.edges, ...next.actor.relations.edges].map((e: any) => e.node.id)).toEqual(expected);
      expect(first.actor.relations.pageInfo.hasNextPage).toBe(true);
      expect(next.actor.relations.pageInfo.hasPreviousPage).toBe(true);
      expect(all.actor.relations.totalCount).toBeGreaterThan(10);
    });

    it("loads the actor with all its relation fields in one statement, written directly or in a fragment", async () => {
      const fields = `id name kind regime { class } funders(first: 5, asOf: "2024-01-01") { totalCount edges { node { id from { id name } to { id } } } }
        board(first: 3) { totalCount edges { node { id role from { id } } } }`;
      const together = `{ actor(id: "openai") { ${fields} } }`;
      // The query compiler reads the selection through fragments as graphql-js does.
      const apart = `{ actor(id: "openai") { ... on Actor { ${fields} } } }`;
      expect(await api.query(together)).toEqual(await api.query(apart));
      expect((await api.query(together)).actor.funders.totalCount).toBeGreaterThan(0);
      expect(await api.statementsOf(together)).toBe(1);
      expect(await api.statementsOf(apart)).toBe(1);
    });

    it("answers null for an unknown id asked with its relations, and still refuses bad arguments", async () => {
      expect(await api.query(`{ actor(id: "no-such-actor") { id funders { totalCount } } }`)).toEqual({ actor: null });
      const errors = await api.errors(`{ actor(id: "openai") { funders(first: 1000) { totalCount } } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });

    it("costs one statement for the actor and every nested relation field, no more for 100 items than for 3", async () => {
      // The query compiler answers the actor, its relations, their ends and sources, the ends' funders and those
      // fundings' sources in one statement, however many relations OpenAI has (dozens).
      const operation = (first: number) => `{ actor(id: "openai") { relations(first: ${first}) { edges { node {
        sources { quote } from { id funders(first: 3) { edges { node { id sources { quote } } } } } to { id } } } } } }`;
      const many = await api.statementsOf(operation(100));
      const few = await api.statementsOf(operation(3));
      expect(many).toBe(1);
      expect(few).toBe(many);
    });
  });
});

describe("Actor relation fields' arguments", () => {
  it("refuses first over 100 with BAD_USER_INPUT naming first", async () => {
    const errors = await api.errors(`{ actor(id: "openai") { funders(first: 101) { totalCount } } }`);
    expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(errors[0]!.message).toContain("100");
  });

  it("refuses a day that is not YYYY-MM-DD with BAD_USER_INPUT", async () => {
    const errors = await api.errors(`query ($d: Date) { actor(id: "openai") { board(asOf: $d) { totalCount } } }`, { d: "2023-02-30" });
    expect(errors[0]!.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a cursor it did not issue with BAD_USER_INPUT naming after", async () => {
    const errors = await api.errors(`{ actor(id: "openai") { relations(after: "bm9wZQ") { totalCount } } }`);
    expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});
