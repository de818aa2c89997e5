import { loadConfig } from "../../src/config";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  // The round-trip test asks for 100 sources with 100 facts each, past the default cost limit on purpose.
  api = await startQueryApp({ limits: { ...loadConfig({}).limits, maxComplexity: 1_000_000 } });
});

afterAll(() => api.app.stop());

const LATIMES = "latimes-2023-01-23-microsoft-10bn-openai";
const DEVELOPPEZ = "developpez-altman-ia-democratique";

const FACT = `kind id quote
  relation { id type amountUsd from { id } to { id } sources { source { id } } }
  statement { id stance actor { id } about { __typename } sources { quote } }
  event { id participants { actor { id } } sources { quote } }
  plan { id author { id } }
  pillar { id position }
  state { id regime { class } }`;

/** How many citations name the source, straight from the graph. */
async function citationCount(source: string): Promise<number> {
  const [row] = await api.app.executor.run<{ n: number }>(
    "READ",
    {
      name: "test/citations-of-source",
      text: "MATCH (:Citation)-[:CITES]->(:Source {id: $source}) RETURN count(*) AS n",
    },
    { source },
  );
  return row!.n;
}

describeWithSeeds("Source queries", () => {
  describe("source", () => {
    it("returns the LA Times story with the Microsoft fundings of OpenAI it supports", async () => {
      const data = await api.query(`{ source(id: "${LATIMES}") { id url title publisher published language
        facts(first: 100) { totalCount edges { node { ${FACT} } } } } }`);
      const source = data.source;
      expect(source).toMatchObject({ id: LATIMES, url: expect.stringContaining("latimes.com"), published: "2023-01-23", language: "en" });
      const facts = source.facts.edges.map((e: any) => e.node);
      const funding = facts.find((f: any) => f.id === "microsoft-funds-openai-2023");
      expect(funding).toMatchObject({
        kind: "RELATION",
        relation: {
          id: "microsoft-funds-openai-2023",
          type: "FUNDS",
          amountUsd: 10_000_000_000,
          from: { id: "microsoft" },
          to: { id: "openai" },
        },
        statement: null,
        event: null,
        plan: null,
        pillar: null,
        state: null,
      });
      expect(funding.quote).toContain("$10 billion");
      expect(funding.relation.sources.map((c: any) => c.source.id)).toContain(LATIMES);
      expect(facts.map((f: any) => f.id)).toContain("microsoft-funds-openai-2021");
      expect(source.facts.totalCount).toBe(await citationCount(LATIMES));
    });

    it("returns statements, events, plans and pillars among a source's facts, with the fact filled for its kind only", async () => {
      const data = await api.query(`{ source(id: "${DEVELOPPEZ}") { facts(first: 100) { totalCount edges { node { ${FACT} } } } } }`);
      const facts = data.source.facts.edges.map((e: any) => e.node);
      expect(new Set(facts.map((f: any) => f.kind))).toEqual(new Set(["RELATION", "STATEMENT", "EVENT", "PLAN", "PILLAR"]));
      expect(facts.find((f: any) => f.id === "pillar-security")).toMatchObject({
        kind: "PILLAR",
        pillar: { id: "pillar-security", position: 1 },
        relation: null,
        statement: null,
      });
      expect(facts.find((f: any) => f.id === "critics-oppose-pillar-infrastructure")).toMatchObject({
        kind: "STATEMENT",
        statement: { stance: "OPPOSES", actor: { id: "anonymous-critics" }, about: { __typename: "Pillar" } },
        pillar: null,
      });
      expect(facts.find((f: any) => f.kind === "EVENT").event.participants.length).toBeGreaterThan(0);
      for (const fact of facts) {
        const filled = ["relation", "statement", "event", "plan", "pillar", "state"].filter((field) => fact[field] !== null);
        expect(filled).toEqual([
          { RELATION: "relation", STATEMENT: "statement", EVENT: "event", PLAN: "plan", PILLAR: "pillar", REGIME: "state" }[
            fact.kind as string
          ],
        ]);
      }
      expect(data.source.facts.totalCount).toBe(await citationCount(DEVELOPPEZ));
    });

    it("returns the state of a regime fact and the plan of a plan fact", async () => {
      const data = await api.query(`{ regime: source(id: "beautifulchart-democracy-index-2023") { facts { edges { node { ${FACT} } } } }
        plan: source(id: "gzero-what-altman-wants-from-washington") { facts(kind: [PLAN]) { edges { node { ${FACT} } } } } }`);
      expect(data.regime.facts.edges.map((e: any) => e.node)).toContainEqual(
        expect.objectContaining({
          kind: "REGIME",
          id: "united-states",
          state: { id: "united-states", regime: { class: "FLAWED_DEMOCRACY" } },
        }),
      );
      expect(data.plan.facts.edges.map((e: any) => e.node)).toEqual([
        expect.objectContaining({ kind: "PLAN", plan: { id: "altman-democratic-ai-plan", author: { id: "sam-altman" } } }),
      ]);
    });

    it("pages a source's facts with first and after", async () => {
      const all = await api.query(`{ source(id: "${DEVELOPPEZ}") { facts(first: 6) { edges { node { kind id } } } } }`);
      const first = await api.query(
        `{ source(id: "${DEVELOPPEZ}") { facts(first: 3) { pageInfo { hasNextPage endCursor } edges { node { kind id } } } } }`,
      );
      const next = await api.query(
        `query ($after: String) { source(id: "${DEVELOPPEZ}") { facts(first: 3, after: $after) { edges { node { kind id } } } } }`,
        { after: first.source.facts.pageInfo.endCursor },
      );
      expect([...first.source.facts.edges, ...next.source.facts.edges]).toEqual(all.source.facts.edges);
      expect(first.source.facts.pageInfo.hasNextPage).toBe(true);
    });

    it("returns null when no source has the id", async () => {
      const data = await api.query(`{ source(id: "no-such-source") { id } }`);
      expect(data.source).toBeNull();
    });
  });

  describe("sources", () => {
    it("filters by language, and counts what matches", async () => {
      const data = await api.query(`{ sources(filter: { language: "fr" }, first: 100) { totalCount edges { node { id language } } } }`);
      const [row] = await api.app.executor.run<{ n: number }>("READ", {
        name: "test/french-sources",
        text: "MATCH (s:Source {language: 'fr'}) RETURN count(s) AS n",
      });
      expect(data.sources.totalCount).toBe(row!.n);
      const nodes = data.sources.edges.map((e: any) => e.node);
      expect(nodes.map((s: any) => s.id)).toContain(DEVELOPPEZ);
      for (const s of nodes) expect(s.language).toBe("fr");
    });

    it("filters by whole publisher name in any case, and by text in title, URL or publisher", async () => {
      const data =
        await api.query(`{ byPublisher: sources(filter: { publisher: "fortune" }, first: 100) { totalCount edges { node { publisher } } }
        byText: sources(filter: { text: "ALTMAN", language: "en" }, first: 100) { totalCount edges { node { title url publisher language } } } }`);
      expect(data.byPublisher.totalCount).toBeGreaterThan(0);
      for (const { node } of data.byPublisher.edges) expect(node.publisher).toBe("Fortune");
      expect(data.byText.totalCount).toBeGreaterThan(0);
      for (const { node } of data.byText.edges) {
        expect(`${node.title} ${node.url} ${node.publisher ?? ""}`.toLowerCase()).toContain("altman");
        expect(node.language).toBe("en");
      }
    });

    it("lists sources newest first and pages without repeating or skipping one", async () => {
      const all = await api.query(`{ sources(first: 10) { edges { node { id published } } } }`);
      const first = await api.query(
        `{ sources(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id published } } } }`,
      );
      const next = await api.query(
        `query ($after: String) { sources(first: 5, after: $after) { pageInfo { hasPreviousPage } edges { node { id published } } } }`,
        { after: first.sources.pageInfo.endCursor },
      );
      expect([...first.sources.edges, ...next.sources.edges]).toEqual(all.sources.edges);
      expect(next.sources.pageInfo.hasPreviousPage).toBe(true);
      const dates = all.sources.edges.map((e: any) => e.node.published ?? "");
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it("costs one round trip per field and level, no more for 100 sources than for 3", async () => {
      const operation = (first: number) =>
        `{ sources(first: ${first}) { edges { node { id facts(first: 100) { edges { node { ${FACT} } } } } } } }`;
      const many = await api.statementsOf(operation(100));
      const few = await api.statementsOf(operation(3));
      // At most one round trip per loader and level: the sources (1); their facts (1); the fact of each kind
      // (relations, statements, events, plans, pillars, and states through the actor loader: 6); below them the
      // actors, subjects (plans, pillars) and citations (at most 9 when every loader's answer arrives on its own
      // tick, fewer when they share one). One round trip per fact would be several hundred.
      expect(many).toBeLessThanOrEqual(17);
      expect(few).toBeLessThanOrEqual(many);
    });

    it("refuses a language that is not an ISO 639-1 code with BAD_USER_INPUT naming filter.language", async () => {
      const errors = await api.errors(`{ sources(filter: { language: "EN" }) { totalCount } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.language" });
    });

    it("refuses first over 100 with BAD_USER_INPUT naming first", async () => {
      const errors = await api.errors(`{ sources(first: 101) { totalCount } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });
  });
});
