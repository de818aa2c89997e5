import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

const PLAN = "altman-democratic-ai-plan";

/** The brief's question: who backs or opposes each pillar of Altman's plan, with dates and sources. */
const PILLARS_FOR_AND_AGAINST = `{ plan(id: "${PLAN}") { pillars { id name
  for { id actor { id name } quote date sources { source { url } } }
  against { id actor { id name } quote date sources { source { url } } } } } }`;

/** The statements about each pillar with these stances, straight from the graph. */
async function statementIdsByPillar(stances: string[]): Promise<Record<string, string[]>> {
  const rows = await api.app.executor.run<{ pillar: string; ids: string[] }>(
    "READ",
    {
      name: "test/pillar-statements",
      text: `MATCH (p:Pillar)-[:PART_OF]->(:Plan {id: $plan})
           OPTIONAL MATCH (st:Statement)-[:ABOUT]->(p) WHERE st.stance IN $stances
           WITH p, st ORDER BY st.id
           RETURN p.id AS pillar, collect(st.id) AS ids`,
    },
    { plan: PLAN, stances },
  );
  return Object.fromEntries(rows.map((r) => [r.pillar, r.ids]));
}

const sortedIds = (items: { id: string }[]) => items.map((i) => i.id).sort();

describeWithSeeds("Plan queries", () => {
  describe("plan", () => {
    it("returns who backs or opposes each pillar of Altman's plan, in the plan's order, in one query", async () => {
      const data = await api.query(PILLARS_FOR_AND_AGAINST);
      const pillars = data.plan.pillars;
      expect(pillars.map((p: any) => p.name)).toEqual(["Security", "Infrastructure", "Commercial diplomacy", "Global governance"]);

      const infrastructure = pillars.find((p: any) => p.id === "pillar-infrastructure");
      expect(infrastructure.for).toContainEqual(
        expect.objectContaining({
          id: "altman-proposes-pillar-infrastructure",
          actor: { id: "sam-altman", name: expect.any(String) },
          date: "2024-07-25",
        }),
      );
      expect(infrastructure.against).toContainEqual(
        expect.objectContaining({
          id: "critics-oppose-pillar-infrastructure",
          actor: expect.objectContaining({ id: "anonymous-critics" }),
          date: null,
        }),
      );
      for (const statement of pillars.flatMap((p: any) => [...p.for, ...p.against])) {
        expect(statement.sources.length).toBeGreaterThan(0);
        expect(statement.sources[0].source.url).toMatch(/^(https?:|urn:)/);
        expect(statement.quote.length).toBeGreaterThan(0);
      }

      const expectedFor = await statementIdsByPillar(["proposes", "endorses"]);
      const expectedAgainst = await statementIdsByPillar(["opposes", "criticizes"]);
      for (const pillar of pillars) {
        expect(sortedIds(pillar.for)).toEqual(expectedFor[pillar.id]);
        expect(sortedIds(pillar.against)).toEqual(expectedAgainst[pillar.id]);
      }
    });

    it("returns the plan's author, date, sources and the statements about the plan itself", async () => {
      const data = await api.query(`{ plan(id: "${PLAN}") { id name date author { id } sources { quote source { id url } }
        statements { id stance about { __typename ... on Plan { id } } } for { id } against { id actor { id } } } }`);
      const plan = data.plan;
      expect(plan).toMatchObject({ id: PLAN, date: "2024-07-25", author: { id: "sam-altman" } });
      expect(plan.sources.map((c: any) => c.source.id)).toContain("gzero-what-altman-wants-from-washington");
      expect(plan.statements.map((s: any) => s.id)).toEqual(
        expect.arrayContaining([
          "altman-proposes-democratic-ai-plan",
          "bade-criticizes-democratic-ai-plan",
          "mitchell-criticizes-democratic-ai-plan",
          "critics-criticize-democratic-ai-plan",
        ]),
      );
      for (const s of plan.statements) expect(s.about).toEqual({ __typename: "Plan", id: PLAN });
      expect(plan.statements.map((s: any) => s.id)).not.toContain("altman-proposes-pillar-security");
      expect(plan.for.map((s: any) => s.id)).toEqual(["altman-proposes-democratic-ai-plan"]);
      expect(plan.against.map((s: any) => s.actor.id)).toEqual(
        expect.arrayContaining(["scott-bade", "melanie-mitchell", "anonymous-critics"]),
      );
    });

    it("returns null when no plan has the id", async () => {
      const data = await api.query(`{ plan(id: "no-such-plan") { id } }`);
      expect(data.plan).toBeNull();
    });

    it("refuses an id that is not a slug with BAD_USER_INPUT naming id", async () => {
      const errors = await api.errors(`{ plan(id: "Not A Slug") { id } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    });

    it("costs one round trip per field and level, however many pillars and statements", async () => {
      // The plan; its pillars; their `for`; their `against`; then the speakers and the sources: one batch each
      // when `for` and `against` arrive together, one each per list when they arrive apart (8 at most). Pillars
      // asked one by one would cost 4 round trips for each of `for` and `against` alone.
      const all = await api.statementsOf(PILLARS_FOR_AND_AGAINST);
      const onePerPillar = await api.statementsOf(
        PILLARS_FOR_AND_AGAINST.replaceAll("for {", "for(first: 1) {").replaceAll("against {", "against(first: 1) {"),
      );
      expect(all).toBeLessThanOrEqual(8);
      expect(onePerPillar).toBeLessThanOrEqual(8);
    });
  });

  describe("plans", () => {
    it("lists the seeded plan with its author and four pillars", async () => {
      const data = await api.query(`{ plans(first: 100) { id author { id } pillars { position } } }`);
      const altman = data.plans.find((p: any) => p.id === PLAN);
      expect(altman).toEqual({ id: PLAN, author: { id: "sam-altman" }, pillars: [1, 2, 3, 4].map((position) => ({ position })) });
    });

    it("refuses first over 100 with BAD_USER_INPUT naming first", async () => {
      const errors = await api.errors(`{ plans(first: 101) { id } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });
  });

  describe("Pillar", () => {
    it("filters statements by stance and limits them with first", async () => {
      const data = await api.query(`{ plan(id: "${PLAN}") { pillars { id
        opposing: statements(stance: [OPPOSES]) { id stance about { ... on Pillar { id plan { id } } } }
        all: statements { id }
        one: statements(first: 1) { id } } } }`);
      const infrastructure = data.plan.pillars.find((p: any) => p.id === "pillar-infrastructure");
      expect(infrastructure.opposing).toEqual([
        { id: "critics-oppose-pillar-infrastructure", stance: "OPPOSES", about: { id: "pillar-infrastructure", plan: { id: PLAN } } },
      ]);
      expect(infrastructure.all.map((s: any) => s.id)).toEqual(
        expect.arrayContaining(["critics-oppose-pillar-infrastructure", "altman-proposes-pillar-infrastructure"]),
      );
      // Oldest first, undated last.
      expect(infrastructure.all.at(-1).id).toBe("critics-oppose-pillar-infrastructure");
      expect(infrastructure.one).toEqual([infrastructure.all[0]]);
    });

    it("returns each pillar's own sources", async () => {
      const data = await api.query(`{ plan(id: "${PLAN}") { pillars { id sources { quote source { id } } } } }`);
      const security = data.plan.pillars.find((p: any) => p.id === "pillar-security");
      expect(security.sources.map((c: any) => c.source.id)).toEqual(
        expect.arrayContaining(["bi-altman-4-things-china-ai", "developpez-altman-ia-democratique"]),
      );
    });
  });
});
