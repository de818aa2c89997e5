import { hashKey } from "../../src/auth/api-keys";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { uniquePrefix } from "../support/test-database";

const p = uniquePrefix();
const editorKey = `${p}editor-key`;
let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp({ apiKeys: [{ name: `${p}editor`, role: "editor", hash: hashKey(editorKey) }] });
});

afterAll(async () => {
  await api.app.executor.run(
    "WRITE",
    {
      name: "test/cleanup",
      text: "MATCH (n) WHERE n.id STARTS WITH $p OR n.entityId STARTS WITH $p OR n.fact STARTS WITH $p DETACH DELETE n",
    },
    { p },
  );
  await api.app.stop();
});

interface RankedNode {
  rank: number;
  score: number;
  actor: { id: string; kind: string };
}

interface RankingNode {
  measure: string;
  algorithm: string;
  parameters: { name: string; value: string }[];
  relationTypes: string[];
  weighting: string | null;
  asOf: string;
  computedAt: string;
  graphVersion: number;
  relationCount: number;
  actorCount: number;
  rankedCount: number;
  democraticStates: { id: string }[] | null;
  authoritarianStates: { id: string }[] | null;
  connectedPairs: number | null;
  actors: RankedNode[];
}

const RANKING_FIELDS = `measure algorithm parameters { name value } relationTypes weighting asOf computedAt graphVersion
  relationCount actorCount rankedCount democraticStates { id } authoritarianStates { id } connectedPairs
  actors { rank score actor { id kind } }`;

async function rankings(measure: string, asOf: string, first = 100): Promise<RankingNode> {
  const data = await api.query<{ rankings: RankingNode }>(
    `query ($measure: RankingMeasure!, $asOf: Date!, $first: Int) { rankings(measure: $measure, asOf: $asOf, first: $first) { ${RANKING_FIELDS} } }`,
    { measure, asOf, first },
  );
  return data.rankings;
}

/** The API's rule for a relation valid on $asOf, written out again here, so the tests check the query against it. */
const VALID = `r.retractedAt IS NULL AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf <= r.validTo + '~')`;

function read<Row>(text: string, params: Record<string, unknown>): Promise<Row[]> {
  return api.app.executor.run<Row>("READ", { name: "test/rankings", text }, params);
}

/** The money and control relations valid on a day, counted by Cypher directly, and the actors they join. */
async function dayTotals(asOf: string): Promise<{ relations: number; actors: number }> {
  const [row] = await read<{ relations: number; actors: number }>(
    `MATCH (a:Actor)-[r:FUNDS|OWNS|CONTROLS]->(b:Actor) WHERE a <> b AND ${VALID}
     WITH count(r) AS relations, collect(DISTINCT a.id) + collect(DISTINCT b.id) AS ends
     UNWIND ends AS end
     RETURN relations, count(DISTINCT end) AS actors`,
    { asOf },
  );
  return row!;
}

/** The median paid amount by Cypher's percentileCont, which interpolates the two middle values of an even count. */
async function medianPaid(asOf: string): Promise<number | null> {
  const [row] = await read<{ median: number | null }>(
    `MATCH (:Actor)-[r:FUNDS]->(:Actor) WHERE r.amountKind = 'paid' AND r.amountUsd > 0 AND ${VALID}
     RETURN percentileCont(r.amountUsd, 0.5) AS median`,
    { asOf },
  );
  return row?.median ?? null;
}

/** How many of these actors have a money or control relation valid on the day, incoming, outgoing or either. */
async function withRelations(ids: string[], asOf: string, way: "in" | "out" | "any"): Promise<string[]> {
  const pattern = {
    in: "(x)<-[r:FUNDS|OWNS|CONTROLS]-(o:Actor)",
    out: "(x)-[r:FUNDS|OWNS|CONTROLS]->(o:Actor)",
    any: "(x)-[r:FUNDS|OWNS|CONTROLS]-(o:Actor)",
  }[way];
  const rows = await read<{ id: string }>(
    `UNWIND $ids AS id MATCH (x:Actor {id: id}) WHERE EXISTS { MATCH ${pattern} WHERE o <> x AND ${VALID} } RETURN x.id AS id`,
    { ids, asOf },
  );
  return rows.map((r) => r.id);
}

function expectOrdered(ranking: RankingNode): void {
  ranking.actors.forEach((entry, i) => {
    if (i === 0) expect(entry.rank).toBe(1);
    else {
      const before = ranking.actors[i - 1]!;
      expect(entry.score).toBeLessThanOrEqual(before.score);
      expect(entry.rank).toBe(entry.score === before.score ? before.rank : i + 1);
    }
  });
}

const ASOF = "2025-01-01";

describeWithSeeds("rankings", () => {
  describe("PAGERANK", () => {
    it("ranks the actors of the day's money and control graph, and says which algorithm ran on which relations", async () => {
      const ranking = await rankings("PAGERANK", ASOF, 50);
      const totals = await dayTotals(ASOF);
      expect(ranking).toMatchObject({ measure: "PAGERANK", asOf: ASOF, relationTypes: ["FUNDS", "OWNS", "CONTROLS"] });
      expect(ranking.algorithm).toMatch(/PageRank/);
      expect(ranking.weighting).toMatch(/PAID/);
      expect(ranking.parameters).toEqual(expect.arrayContaining([{ name: "alpha", value: "0.85" }]));
      expect(ranking.relationCount).toBe(totals.relations);
      expect(ranking.actorCount).toBe(totals.actors);
      expect(ranking.rankedCount).toBe(totals.actors);
      expect(ranking.actors).toHaveLength(Math.min(50, totals.actors));
      expectOrdered(ranking);
      const ids = ranking.actors.map((a) => a.actor.id);
      expect((await withRelations(ids, ASOF, "any")).sort()).toEqual([...ids].sort());
      // The top actor gathers score from others: above the uniform share, and money or control reaches it that day.
      expect(ranking.actors[0]!.score).toBeGreaterThan(1 / totals.actors);
      expect(await withRelations([ids[0]!], ASOF, "in")).toEqual([ids[0]]);
    });

    it("weighs unsized relations by the median paid amount of the day, and states it", async () => {
      const ranking = await rankings("PAGERANK", ASOF);
      const reference = ranking.parameters.find((x) => x.name === "referenceAmountUsd");
      expect(Number(reference?.value)).toBeCloseTo((await medianPaid(ASOF)) ?? 1, 0);
    });

    it("uses only the relations valid on asOf: a day before a funding starts and the day it starts count differently", async () => {
      // A funding that starts on a known day, with nothing else starting or ending then, read from the graph.
      const [pick] = await read<{ day: string; before: string }>(
        `MATCH (:Actor)-[f:FUNDS]->(:Actor) WHERE f.retractedAt IS NULL AND size(f.validFrom) = 10 AND f.validFrom < '2025-06-01'
         WITH f.validFrom AS day ORDER BY day DESC LIMIT 1
         RETURN day, toString(date(day) - duration('P1D')) AS before`,
        {},
      );
      const [later, earlier] = [await rankings("PAGERANK", pick!.day, 1), await rankings("PAGERANK", pick!.before, 1)];
      const [laterTotals, earlierTotals] = [await dayTotals(pick!.day), await dayTotals(pick!.before)];
      expect(later.relationCount).toBe(laterTotals.relations);
      expect(earlier.relationCount).toBe(earlierTotals.relations);
      expect(later.relationCount).not.toBe(earlier.relationCount);
      expect(later.asOf).toBe(pick!.day);
    });
  });

  describe("REVERSE_PAGERANK", () => {
    it("ranks first an actor that funds, owns or controls others that day", async () => {
      const ranking = await rankings("REVERSE_PAGERANK", ASOF, 10);
      expect(ranking.algorithm).toMatch(/reversed/);
      expectOrdered(ranking);
      const top = ranking.actors[0]!.actor.id;
      expect(await withRelations([top], ASOF, "out")).toEqual([top]);
      expect(ranking.actors[0]!.score).toBeGreaterThan(1 / ranking.actorCount);
    });
  });

  describe("BROKERAGE", () => {
    it("takes as ends the democratic and the authoritarian states of the day's graph", async () => {
      const ranking = await rankings("BROKERAGE", ASOF);
      const states = async (regimes: string[]) =>
        (
          await read<{ id: string }>(
            `MATCH (s:Actor {kind: 'state'}) WHERE s.regime IN $regimes
               AND EXISTS { MATCH (s)-[r:FUNDS|OWNS|CONTROLS]-(o:Actor) WHERE o <> s AND ${VALID} }
             RETURN s.id AS id ORDER BY id`,
            { regimes, asOf: ASOF },
          )
        ).map((r) => r.id);
      expect(ranking.democraticStates!.map((s) => s.id)).toEqual(await states(["full_democracy", "flawed_democracy"]));
      expect(ranking.authoritarianStates!.map((s) => s.id)).toEqual(await states(["authoritarian"]));
      expect(ranking.weighting).toBeNull();
      expect(ranking.algorithm).toMatch(/Brandes/);
      expect(ranking.connectedPairs).toBeGreaterThan(0);
      expect(ranking.rankedCount).toBeGreaterThan(0);
      expectOrdered(ranking);
    });

    it("puts its top broker on a shortest path between a democratic and an authoritarian state, as connections finds it", async () => {
      const ranking = await rankings("BROKERAGE", ASOF, 1);
      const broker = ranking.actors[0]!.actor.id;
      const via = "relationTypes: [FUNDS, OWNS, CONTROLS], maxHops: 6";
      const hops = async (from: string, to: string): Promise<number | null> => {
        const data = await api.query(`{ connections(from: "${from}", to: "${to}", asOf: "${ASOF}", ${via}, first: 1) { length } }`);
        return data.connections[0]?.length ?? null;
      };
      const ends = async (states: { id: string }[]) =>
        (await Promise.all(states.filter((s) => s.id !== broker).map(async (s) => ({ id: s.id, hops: await hops(s.id, broker) })))).filter(
          (s): s is { id: string; hops: number } => s.hops !== null,
        );
      const [democracies, autocracies] = [await ends(ranking.democraticStates!), await ends(ranking.authoritarianStates!)];
      const pairs = democracies
        .flatMap((d) => autocracies.map((a) => ({ from: d.id, to: a.id, through: d.hops + a.hops })))
        .sort((x, y) => x.through - y.through);
      let found: { from: string; to: string } | undefined;
      for (const pair of pairs) {
        const data = await api.query(
          `{ connections(from: "${pair.from}", to: "${pair.to}", asOf: "${ASOF}", ${via}, first: 100) { length actors { id } } }`,
        );
        const paths = data.connections as { length: number; actors: { id: string }[] }[];
        if (paths[0]?.length !== pair.through) continue;
        if (paths.some((path) => path.length === pair.through && path.actors.slice(1, -1).some((a) => a.id === broker))) {
          found = pair;
          break;
        }
      }
      expect(found).toBeDefined();
    });
  });

  describe("cache", () => {
    it("answers again from the cache while the graph is unchanged", async () => {
      const first = await rankings("BROKERAGE", ASOF, 5);
      const again = await rankings("BROKERAGE", ASOF, 5);
      expect(again.computedAt).toBe(first.computedAt);
      expect(again.graphVersion).toBe(first.graphVersion);
      expect(again.actors).toEqual(first.actors);
    });

    it("is invalidated by a mutation: a large paid funding from the top actor moves its recipient up the ranking", async () => {
      const before = await rankings("PAGERANK", ASOF);
      const top = before.actors.find((a) => ["COMPANY", "INVESTOR", "STATE", "PERSON"].includes(a.actor.kind))!;
      const recipient = `${p}recipient`;
      expect(before.actors.some((a) => a.actor.id === recipient)).toBe(false);
      const mutate = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(api.app.graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${editorKey}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        expect(body.errors).toBeUndefined();
      };
      await mutate(`mutation($input: SourceInput!) { addSource(input: $input) { id } }`, {
        input: { id: `${p}src`, url: "https://example.org/rankings-test", title: "A test source", language: "en" },
      });
      await mutate(`mutation($input: ActorInput!) { upsertActor(input: $input) { id } }`, {
        input: { id: recipient, kind: "COMPANY", name: "Test recipient", country: "US" },
      });
      await mutate(`mutation($input: RelationInput!) { upsertRelation(input: $input) { id } }`, {
        input: {
          id: `${p}big-funding`,
          type: "FUNDS",
          from: top.actor.id,
          to: recipient,
          validFrom: "2024-06-01",
          amount: 1e15,
          currency: "USD",
          amountUsd: 1e15,
          amountKind: "paid",
          confidence: "reported",
          source: `${p}src`,
          quote: "Test data: a funding far larger than any other.",
        },
      });
      const after = await rankings("PAGERANK", ASOF);
      expect(after.graphVersion).toBeGreaterThan(before.graphVersion);
      expect(after.computedAt).not.toBe(before.computedAt);
      expect(after.relationCount).toBe(before.relationCount + 1);
      // Nearly all of the top actor's outgoing weight now goes to the recipient, which gets alpha times that share.
      const funderAfter = after.actors.find((a) => a.actor.id === top.actor.id)!;
      const gained = after.actors.find((a) => a.actor.id === recipient);
      expect(gained).toBeDefined();
      expect(gained!.score).toBeGreaterThan(0.8 * funderAfter.score);
    });
  });

  describe("arguments", () => {
    it("refuses first outside 1 to 100 with BAD_USER_INPUT naming first", async () => {
      for (const first of [0, 101]) {
        const errors = await api.errors(`{ rankings(measure: PAGERANK, asOf: "${ASOF}", first: ${first}) { measure } }`);
        expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
      }
    });

    it("refuses a day that is not a calendar day with BAD_USER_INPUT naming asOf", async () => {
      const errors = await api.errors(`{ rankings(measure: BROKERAGE, asOf: "2025-02-30") { measure } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "asOf" });
    });
  });
});
