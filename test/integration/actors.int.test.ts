import { postGraphql } from "../support/graphql-client";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

const readCount = async (text: string, params: Record<string, unknown> = {}) =>
  (await api.app.executor.run<{ n: number }>("READ", { name: "test/count", text }, params))[0]!.n;

describeWithSeeds("actors", () => {
  describe("actors(filter)", () => {
    it("lists the authoritarian states, with totalCount equal to the graph's count", async () => {
      const data = await api.query(
        `{ actors(filter: { kind: [STATE], regime: [AUTHORITARIAN] }, first: 100) { totalCount edges { node { id kind regime { class } } } } }`,
      );
      const nodes = data.actors.edges.map((e: any) => e.node);
      expect(nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(["saudi-arabia", "china", "russia"]));
      for (const n of nodes) expect(n).toMatchObject({ kind: "STATE", regime: { class: "AUTHORITARIAN" } });
      expect(data.actors.totalCount).toBe(await readCount("MATCH (a:Actor {kind: 'state', regime: 'authoritarian'}) RETURN count(a) AS n"));
    });

    it("filters by country and words of a name, ordered by name", async () => {
      const data = await api.query(`{ actors(filter: { country: ["SA"], text: "public investment" }) { edges { node { id country } } } }`);
      expect(data.actors.edges.map((e: any) => e.node)).toEqual([{ id: "pif", country: "SA" }]);
      const all = await api.query(`{ actors(filter: { country: ["SA"] }, first: 100) { edges { node { name country } } } }`);
      const names = all.actors.edges.map((e: any) => e.node.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(names.length).toBeGreaterThan(2);
    });

    it("pages through every actor exactly once", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let i = 0; i < 50; i++) {
        const data: any = await api.query(
          `query ($after: String) { actors(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
          { after },
        );
        seen.push(...data.actors.edges.map((e: any) => e.node.id));
        total = data.actors.totalCount;
        if (!data.actors.pageInfo.hasNextPage) break;
        after = data.actors.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
      expect(total).toBeGreaterThan(200);
    });

    it("refuses a country that is not an alpha-2 code with BAD_USER_INPUT naming filter.country", async () => {
      const errors = await api.errors(`{ actors(filter: { country: ["Saudi Arabia"] }) { totalCount } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.country" });
    });
  });

  describe("search(text)", () => {
    it("finds the United States by its French name, with or without accents", async () => {
      for (const text of ["États-Unis", "Etats-Unis", "etats unis"]) {
        const data = await api.query(`query ($text: String!) { search(text: $text, first: 5) { score actor { id } } }`, { text });
        expect(data.search[0].actor.id).toBe("united-states");
        expect(data.search[0].score).toBeGreaterThan(0);
      }
    });

    it("finds Saudi Arabia by its French name and OpenAI by an unfinished word", async () => {
      const data = await api.query(`{ sa: search(text: "Arabie saoudite") { actor { id } } open: search(text: "opena") { actor { id } } }`);
      expect(data.sa[0].actor.id).toBe("saudi-arabia");
      expect(data.open.map((h: any) => h.actor.id)).toContain("openai");
    });

    it("ranks hits best first", async () => {
      const data = await api.query(`{ search(text: "openai", first: 10) { score } }`);
      const scores = data.search.map((h: any) => h.score);
      expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    });

    it("answers hostile text with an empty list or a BAD_USER_INPUT, never a server error", async () => {
      for (const text of [`") OR 1=1 //`, `name:* OR *:*`, `\\`, `a~2 AND b^9`, `MATCH (n) DETACH DELETE n`]) {
        const { body } = await postGraphql(api.app.graphqlUrl, `query ($text: String!) { search(text: $text) { actor { id } } }`, { text });
        if (body.errors) expect(body.errors[0]!.extensions?.code).toBe("BAD_USER_INPUT");
        else expect(Array.isArray(body.data!.search)).toBe(true);
      }
      expect(await readCount("MATCH (a:Actor {id: 'openai'}) RETURN count(a) AS n")).toBe(1);
    });

    it("refuses text with no letter or digit, and first over 100, naming the argument", async () => {
      expect((await api.errors(`{ search(text: "!!") { score } }`))[0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "text",
      });
      expect((await api.errors(`{ search(text: "open", first: 500) { score } }`))[0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "first",
      });
    });
  });
});
