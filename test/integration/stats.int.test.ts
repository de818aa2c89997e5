import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { uniquePrefix } from "../support/test-database";

let api: QueryApp;
const p = uniquePrefix();

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(async () => {
  await api.app.executor.run(
    "WRITE",
    { name: "test/cleanup", text: "MATCH (n) WHERE n.dataset = $p OR n.id STARTS WITH $p DETACH DELETE n" },
    { p },
  );
  await api.app.stop();
});

const STATS = `actors relations sources unsourcedRelations plans statements events
  actorsByKind { kind count } relationsByType { type count } unsourcedRelationsByType { type count }`;

const sum = (items: { count: number }[]) => items.reduce((total, i) => total + i.count, 0);

/** The dataset's counts, straight from the graph. */
async function cypherCounts(dataset: string) {
  const [row] = await api.app.executor.run<Record<string, number>>(
    "READ",
    {
      name: "test/dataset-counts",
      text: `RETURN COUNT { MATCH (a:Actor) WHERE a.dataset = $dataset } AS actors,
                  COUNT { MATCH (:Actor)-[r]->(:Actor) WHERE r.dataset = $dataset } AS relations,
                  COUNT { MATCH (:Actor)-[r:FUNDS]->(:Actor) WHERE r.dataset = $dataset } AS funds,
                  COUNT { MATCH (s:Source) WHERE s.dataset = $dataset } AS sources,
                  COUNT { MATCH (st:Statement) WHERE st.dataset = $dataset } AS statements,
                  COUNT { MATCH (e:Event) WHERE e.dataset = $dataset } AS events,
                  COUNT { MATCH (a:Actor {kind: 'state'}) WHERE a.dataset = $dataset } AS states`,
    },
    { dataset },
  );
  return row!;
}

describeWithSeeds("Stats queries", () => {
  describe("stats", () => {
    it("counts the seeds dataset as Cypher does, with every relation sourced", async () => {
      const data = await api.query(`{ stats(dataset: "seeds") { dataset ${STATS} } }`);
      const stats = data.stats;
      const expected = await cypherCounts("seeds");
      expect(stats).toMatchObject({
        dataset: "seeds",
        actors: expected.actors,
        relations: expected.relations,
        sources: expected.sources,
        statements: expected.statements,
        events: expected.events,
        plans: 1,
      });
      expect(stats.relationsByType).toContainEqual({ type: "FUNDS", count: expected.funds });
      expect(expected.funds).toBeGreaterThanOrEqual(113);
      expect(stats.actorsByKind).toContainEqual({ kind: "STATE", count: expected.states });
      expect(stats.unsourcedRelations).toBe(0);
      expect(stats.unsourcedRelationsByType).toEqual([]);
      expect(sum(stats.actorsByKind)).toBe(stats.actors);
      expect(sum(stats.relationsByType)).toBe(stats.relations);
      // Largest first.
      const counts = stats.relationsByType.map((t: any) => t.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });

    it("counts a relation with no citation as unsourced, and no longer once it is cited", async () => {
      const write = (text: string) => api.app.executor.run("WRITE", { name: "test/stats-fixture", text }, { p });
      await write(`CREATE (a:Actor {id: $p + 'funder', kind: 'investor', name: 'Funder', dataset: $p}),
                          (b:Actor {id: $p + 'lab', kind: 'company', name: 'Lab', dataset: $p}),
                          (a)-[:FUNDS {id: $p + 'funds', confidence: 'reported', dataset: $p}]->(b),
                          (a)-[:OWNS {id: $p + 'owns', confidence: 'reported', dataset: $p}]->(b)`);
      const before = await api.query(`query ($d: String) { stats(dataset: $d) { ${STATS} } }`, { d: p });
      expect(before.stats).toMatchObject({
        actors: 2,
        relations: 2,
        sources: 0,
        unsourcedRelations: 2,
        actorsByKind: [
          { kind: "COMPANY", count: 1 },
          { kind: "INVESTOR", count: 1 },
        ],
        unsourcedRelationsByType: [
          { type: "FUNDS", count: 1 },
          { type: "OWNS", count: 1 },
        ],
      });

      // A source of this file's own, so the seeded sources' facts stay as other test files expect them.
      await write(`CREATE (:Citation {id: $p + 'citation', fact: $p + 'funds', factKind: 'relation', quote: 'q', dataset: $p})
                          -[:CITES]->(:Source {id: $p + 'source', url: 'https://example.org/', title: 'Example', language: 'en', dataset: $p})`);
      const after = await api.query(`query ($d: String) { stats(dataset: $d) { ${STATS} } }`, { d: p });
      expect(after.stats).toMatchObject({
        relations: 2,
        sources: 1,
        unsourcedRelations: 1,
        unsourcedRelationsByType: [{ type: "OWNS", count: 1 }],
      });
    });

    it("counts every dataset when none is given, totals equal to their breakdowns", async () => {
      const all = await api.query(`{ stats { dataset ${STATS} } }`);
      const seeds = await api.query(`{ stats(dataset: "seeds") { ${STATS} } }`);
      expect(all.stats.dataset).toBeNull();
      expect(sum(all.stats.actorsByKind)).toBe(all.stats.actors);
      expect(sum(all.stats.relationsByType)).toBe(all.stats.relations);
      expect(sum(all.stats.unsourcedRelationsByType)).toBe(all.stats.unsourcedRelations);
      for (const field of ["actors", "relations", "sources", "statements", "events"])
        expect(all.stats[field]).toBeGreaterThanOrEqual(seeds.stats[field]);
    });

    it("counts zero for a dataset no record carries", async () => {
      const data = await api.query(
        `{ stats(dataset: "${p}nothing") { actors relations sources unsourcedRelations actorsByKind { count } } }`,
      );
      expect(data.stats).toEqual({ actors: 0, relations: 0, sources: 0, unsourcedRelations: 0, actorsByKind: [] });
    });

    it("costs one round trip", async () => {
      expect(await api.statementsOf(`{ stats { ${STATS} } }`)).toBe(1);
    });

    it("refuses an empty dataset name with BAD_USER_INPUT naming dataset", async () => {
      const errors = await api.errors(`{ stats(dataset: "") { actors } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "dataset" });
    });
  });
});
