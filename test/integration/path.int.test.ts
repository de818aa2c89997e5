import { cypherVariants } from "../../src/neo4j/cypher-file";
import { actorFromProperties } from "../../src/actor/actor-properties";
import { PathService } from "../../src/path/path.service";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;

beforeAll(async () => {
  api = await startQueryApp();
});

afterAll(() => api.app.stop());

interface HopData {
  from: { id: string };
  to: { id: string };
  type: string;
  direction: "FORWARD" | "BACKWARD";
  confidence: string;
  relation: { id: string; validFrom: string | null; validTo: string | null; from: { id: string }; to: { id: string } };
  sources: { quote: string; source: { url: string } }[];
}

interface PathData {
  length: number;
  actors: { id: string }[];
  hops: HopData[];
}

const PATH_FIELDS = `length actors { id } hops { from { id } to { id } type direction confidence
  relation { id validFrom validTo from { id } to { id } } sources { quote source { url } } }`;

async function connections(args: string): Promise<PathData[]> {
  const data = await api.query<{ connections: PathData[] }>(`{ connections(${args}) { ${PATH_FIELDS} } }`);
  return data.connections;
}

const route = (path: PathData) => path.actors.map((a) => a.id);

/**
 * What every answer of `connections` must be, whatever the data: each path runs from `from` to `to`, its hops
 * chain, each hop's direction matches its relation's ends, no actor comes twice, and the list is sorted by
 * length, then by the actors' ids.
 */
function expectWellFormed(paths: PathData[], from: string, to: string): void {
  for (const path of paths) {
    expect(path.length).toBe(path.hops.length);
    expect(path.actors.map((a) => a.id)).toEqual([path.hops[0]!.from.id, ...path.hops.map((h) => h.to.id)]);
    expect(path.actors[0]!.id).toBe(from);
    expect(path.actors.at(-1)!.id).toBe(to);
    expect(new Set(route(path)).size).toBe(path.actors.length);
    for (const hop of path.hops) {
      const [source, target] = hop.direction === "FORWARD" ? [hop.from, hop.to] : [hop.to, hop.from];
      expect([hop.relation.from.id, hop.relation.to.id]).toEqual([source.id, target.id]);
    }
  }
  const keys = paths.map((p) => [p.length, route(p).join(" ")] as const);
  const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  expect(keys).toEqual(sorted);
}

const MONEY = "relationTypes: [CONTROLS, OWNS, FUNDS]";
const SAUDI_MONEY_ROUTE = ["saudi-arabia", "pif", "softbank-vision-fund", "softbank", "openai"];

describeWithSeeds("Path queries", () => {
  describe("connections", () => {
    it("returns the 2-hop path saudi-arabia CONTROLS pif, openai NEGOTIATES_WITH pif first when walking relations either way", async () => {
      const paths = await connections(`from: "saudi-arabia", to: "openai", maxHops: 6, first: 10`);
      expectWellFormed(paths, "saudi-arabia", "openai");
      expect(paths).toHaveLength(10);
      const [shortest] = paths;
      expect(route(shortest!)).toEqual(["saudi-arabia", "pif", "openai"]);
      expect(shortest!.hops.map((h) => [h.type, h.direction, h.relation.id])).toEqual([
        ["CONTROLS", "FORWARD", "saudi-arabia-controls-pif"],
        ["NEGOTIATES_WITH", "BACKWARD", "openai-negotiates-with-pif-2025-06"],
      ]);
      expect(shortest!.hops[1]).toMatchObject({
        from: { id: "pif" },
        to: { id: "openai" },
        confidence: "REPORTED",
        relation: { validFrom: "2025-06" },
      });
      for (const hop of shortest!.hops) {
        expect(hop.sources.length).toBeGreaterThan(0);
        expect(hop.sources[0]!.quote.length).toBeGreaterThan(0);
      }
      // Only one route is that short: no relation joins the two directly.
      expect(paths[1]!.length).toBeGreaterThan(2);
    });

    it("returns the control-and-money route through SoftBank's Vision Fund when walking only CONTROLS, OWNS and FUNDS", async () => {
      const paths = await connections(`from: "saudi-arabia", to: "openai", maxHops: 6, first: 20, ${MONEY}`);
      expectWellFormed(paths, "saudi-arabia", "openai");
      for (const hop of paths.flatMap((p) => p.hops)) expect(["CONTROLS", "OWNS", "FUNDS"]).toContain(hop.type);
      // No money or control route is shorter than 4: the 2-hop one above walks a negotiation.
      expect(paths[0]!.length).toBe(4);
      const viaVisionFund = paths.find((p) => route(p).join() === SAUDI_MONEY_ROUTE.join());
      expect(viaVisionFund).toBeDefined();
      // Saudi Arabia controls PIF, PIF funds the Vision Fund, SoftBank controls the fund (walked against the
      // relation), SoftBank funds OpenAI.
      expect(viaVisionFund!.hops.map((h) => [h.type, h.direction])).toEqual([
        ["CONTROLS", "FORWARD"],
        ["FUNDS", "FORWARD"],
        ["CONTROLS", "BACKWARD"],
        ["FUNDS", "FORWARD"],
      ]);
      expect(viaVisionFund!.hops[1]!.relation.id).toBe("pif-funds-softbank-vision-fund-2017");
      expect(viaVisionFund!.hops[2]!.relation).toMatchObject({ id: "softbank-controls-softbank-vision-fund", from: { id: "softbank" } });
    });

    it("returns no path when directed: in the graph Saudi money stops at SoftBank's Vision Fund", async () => {
      // Walking relations only the way they point, Saudi money and control reach PIF, the Vision Fund and Kingdom
      // Holding's stakes (xAI, X), but nothing leads on from there to OpenAI: SoftBank CONTROLS the Vision Fund
      // (the relation points into the fund, not out of it), and xAI neither funds nor owns OpenAI. Undirected, the
      // Vision Fund route exists only by walking SoftBank's control of the fund backwards.
      const none = await connections(`from: "saudi-arabia", to: "openai", maxHops: 6, directed: true, ${MONEY}`);
      expect(none).toEqual([]);

      // The same walk does reach the Vision Fund, every hop forward: the directed search itself finds paths.
      const toFund = await connections(`from: "saudi-arabia", to: "softbank-vision-fund", maxHops: 6, directed: true, ${MONEY}`);
      expectWellFormed(toFund, "saudi-arabia", "softbank-vision-fund");
      expect(route(toFund[0]!)).toEqual(["saudi-arabia", "pif", "softbank-vision-fund"]);
      for (const hop of toFund.flatMap((p) => p.hops)) expect(hop.direction).toBe("FORWARD");
    });

    it("drops the Vision Fund route as of 2016-01-01, before PIF funded the fund in 2017", async () => {
      const now = await connections(`from: "saudi-arabia", to: "softbank", maxHops: 6, first: 20, ${MONEY}`);
      expect(now.map((p) => route(p).join())).toContain(SAUDI_MONEY_ROUTE.slice(0, 4).join());

      const then = await connections(`from: "saudi-arabia", to: "softbank", maxHops: 6, first: 20, asOf: "2016-01-01", ${MONEY}`);
      expect(then.map((p) => route(p).join())).not.toContain(SAUDI_MONEY_ROUTE.slice(0, 4).join());
      for (const hop of then.flatMap((p) => p.hops)) {
        expect(hop.relation.validFrom === null || hop.relation.validFrom <= "2016-01-01").toBe(true);
        expect(hop.relation.validTo === null || `${hop.relation.validTo}~` >= "2016-01-01").toBe(true);
      }
      // Nor does any money route reach OpenAI that day.
      expect(await connections(`from: "saudi-arabia", to: "openai", maxHops: 6, asOf: "2016-01-01", ${MONEY}`)).toEqual([]);
    });

    it("returns only paths of at most maxHops hops", async () => {
      expect(await connections(`from: "saudi-arabia", to: "openai", maxHops: 1`)).toEqual([]);
      const two = await connections(`from: "saudi-arabia", to: "openai", maxHops: 2, first: 100`);
      expect(two.map(route)).toEqual([["saudi-arabia", "pif", "openai"]]);
      const three = await connections(`from: "saudi-arabia", to: "openai", maxHops: 3, first: 100`);
      expect(three.length).toBeGreaterThan(1);
      for (const path of three) expect(path.length).toBeLessThanOrEqual(3);
    });

    it("returns each route through actors once, its hops walking the best-sourced relation of each pair", async () => {
      const paths = await connections(`from: "saudi-arabia", to: "openai", maxHops: 6, first: 100, ${MONEY}`);
      const routes = paths.map((p) => route(p).join());
      expect(new Set(routes).size).toBe(routes.length);
      // SoftBank and OpenAI have five confirmed CONTROLS, OWNS or FUNDS relations and two reported ones; the hop
      // walks the confirmed one with the smallest id.
      const viaVisionFund = paths.find((p) => route(p).join() === SAUDI_MONEY_ROUTE.join());
      expect(viaVisionFund!.hops[3]).toMatchObject({ confidence: "CONFIRMED", relation: { id: "softbank-funds-openai-2025-04" } });
    });

    it("returns the first paths of the longer list when first is smaller", async () => {
      const few = await connections(`from: "mgx", to: "microsoft", first: 3`);
      const many = await connections(`from: "mgx", to: "microsoft", first: 30`);
      expectWellFormed(many, "mgx", "microsoft");
      expect(few).toHaveLength(3);
      expect(few.map(route)).toEqual(many.slice(0, 3).map(route));
    });

    it("answers NOT_FOUND naming the argument when from or to is unknown", async () => {
      const unknownFrom = await api.errors(`{ connections(from: "no-such-actor", to: "openai") { length } }`);
      expect(unknownFrom[0]!.extensions).toMatchObject({ code: "NOT_FOUND", field: "from" });
      const unknownTo = await api.errors(`{ connections(from: "openai", to: "no-such-actor") { length } }`);
      expect(unknownTo[0]!.extensions).toMatchObject({ code: "NOT_FOUND", field: "to" });
    });

    it("costs one round trip per field and level of nesting, no more for 20 paths than for 1", async () => {
      // The two actors asked (one batch), the paths with the actors along them (which are also the ends of their
      // relations, so those come from the loader's cache), the sources of every hop and relation (one batch):
      // three. The paths may take one more: Microsoft and OpenAI's dozen parallel relations make more than 100 walks of these
      // lengths, and when the fast search cannot tell its routes are complete the full query runs too (whether
      // it can depends on what other tests of this file have added by then).
      const operation = (first: number) => `{ connections(from: "saudi-arabia", to: "openai", maxHops: 5, first: ${first}) {
        length actors { id name } hops { from { id } to { id } sources { quote } relation { id from { name } to { name } sources { quote } } } } }`;
      const many = await api.statementsOf(operation(20));
      const one = await api.statementsOf(operation(1));
      for (const statements of [many, one]) {
        expect(statements).toBeGreaterThanOrEqual(3);
        expect(statements).toBeLessThanOrEqual(4);
      }
    });

    it("answers as the full query does, whether the fast search sufficed or not", async () => {
      const service = new PathService(api.app.executor);
      const full = {
        undirected: cypherVariants("path/connections", { maxHops: [2, 3, 4, 6] }),
        directed: cypherVariants("path/connections-directed", { maxHops: [3, 6] }),
      };
      const questions = [
        { from: "saudi-arabia", to: "openai", maxHops: 2, first: 5, directed: false },
        { from: "saudi-arabia", to: "openai", maxHops: 4, first: 20, directed: false },
        { from: "saudi-arabia", to: "openai", maxHops: 4, first: 5, directed: false, types: ["CONTROLS", "OWNS", "FUNDS"] },
        { from: "microsoft", to: "openai", maxHops: 3, first: 10, directed: false, asOf: "2023-06-01" },
        { from: "abu-dhabi", to: "openai", maxHops: 3, first: 10, directed: true },
        { from: "saudi-arabia", to: "openai", maxHops: 6, first: 3, directed: true },
      ];
      let nonEmpty = 0;
      for (const question of questions) {
        const answer = await service.connections(question);
        const expected = await api.app.executor.run<{ actors: Record<string, unknown>[] }>(
          "READ",
          (question.directed ? full.directed : full.undirected).get({ maxHops: question.maxHops }),
          {
            from: question.from,
            to: question.to,
            types: question.types ?? null,
            asOf: question.asOf ?? null,
            first: question.first,
          },
        );
        expect(answer).toEqual(expected.map((path) => ({ ...path, actors: path.actors.map(actorFromProperties) })));
        if (answer.length > 0) nonEmpty += 1;
      }
      expect(nonEmpty).toBeGreaterThanOrEqual(4);
    });
  });

  describe("neighborhood", () => {
    interface NeighborhoodData {
      center: { id: string };
      totalCount: number;
      totalNodes: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      nodes: { distance: number; actor: { id: string } }[];
      edges: { cursor: string; node: { id: string; type: string; validFrom: string | null; from: { id: string }; to: { id: string } } }[];
    }

    const FIELDS = `center { id } totalCount totalNodes pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes { distance actor { id } } edges { cursor node { id type validFrom from { id } to { id } } }`;

    async function neighborhood(args: string, after?: string | null): Promise<NeighborhoodData> {
      const data = await api.query<{ neighborhood: NeighborhoodData }>(
        `query ($after: String) { neighborhood(${args}, after: $after) { ${FIELDS} } }`,
        { after: after ?? null },
      );
      return data.neighborhood;
    }

    /** Every page of a neighborhood, following endCursor. */
    async function allPages(args: string): Promise<NeighborhoodData[]> {
      const pages = [await neighborhood(args)];
      while (pages.at(-1)!.pageInfo.hasNextPage) pages.push(await neighborhood(args, pages.at(-1)!.pageInfo.endCursor));
      return pages;
    }

    const distanceOf = (n: NeighborhoodData) => new Map(n.nodes.map((node) => [node.actor.id, node.distance]));

    /** The page's nodes are the centre and the ends of its edges, and its edges come by distance, then id. */
    function expectDrawable(n: NeighborhoodData, center: string): void {
      const distances = distanceOf(n);
      expect(n.center.id).toBe(center);
      expect(distances.get(center)).toBe(0);
      const ends = new Set([center, ...n.edges.flatMap((e) => [e.node.from.id, e.node.to.id])]);
      expect(new Set(distances.keys())).toEqual(ends);
      expect(n.nodes.length).toBe(ends.size);
      const keys = n.edges.map((e) => [Math.max(distances.get(e.node.from.id)!, distances.get(e.node.to.id)!), e.node.id] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      expect(keys).toEqual(sorted);
    }

    /** The relations among the actors within two hops of `id`, read straight from Neo4j ring by ring. */
    async function relationIdsWithinTwoHops(id: string): Promise<string[]> {
      const [row] = await api.app.executor.run<{ ids: string[] }>(
        "READ",
        {
          name: "test/relations-within-two-hops",
          text: `MATCH (c:Actor {id: $id})
                 OPTIONAL MATCH (c)--(n1:Actor)
                 WITH c, collect(DISTINCT n1) + [c] AS ring1
                 UNWIND ring1 AS a
                 OPTIONAL MATCH (a)--(n2:Actor)
                 WITH ring1, collect(DISTINCT n2) AS ring2
                 WITH ring1 + ring2 AS near
                 MATCH (a:Actor)-[r]->(b:Actor) WHERE a IN near AND b IN near
                 RETURN collect(r.id) AS ids`,
        },
        { id },
      );
      return row!.ids.sort();
    }

    it("contains mubadala, g42, abu-dhabi and openai one hop from mgx", async () => {
      const n = await neighborhood(`id: "mgx", first: 100`);
      expectDrawable(n, "mgx");
      const distances = distanceOf(n);
      for (const id of ["mubadala", "g42", "abu-dhabi", "openai"]) expect(distances.get(id)).toBe(1);
      for (const distance of distances.values()) expect(distance).toBeLessThanOrEqual(1);
      expect(n.edges.map((e) => e.node.id)).toEqual(
        expect.arrayContaining(["mubadala-founded-mgx", "g42-founded-mgx", "abu-dhabi-founded-mgx", "mgx-funds-openai-2024-10"]),
      );
      // Relations between two neighbours belong too: Abu Dhabi controls Mubadala.
      expect(n.edges.map((e) => e.node.id)).toContain("abu-dhabi-controls-mubadala");
      expect(n.pageInfo.hasNextPage).toBe(false);
      expect(n.totalCount).toBe(n.edges.length);
      expect(n.totalNodes).toBe(n.nodes.length);
    });

    it("adds the actors two hops out at depth 2", async () => {
      const one = await neighborhood(`id: "mgx", first: 100`);
      const two = await allPages(`id: "mgx", depth: 2, first: 100`);
      const nodes = new Map(two.flatMap((page) => [...distanceOf(page)]));
      expect(two[0]!.totalNodes).toBeGreaterThan(one.totalNodes);
      expect(two[0]!.totalCount).toBeGreaterThan(one.totalCount);
      // Mubadala (1 hop) funded SoftBank's Vision Fund: 2 hops from MGX.
      expect(nodes.get("softbank-vision-fund")).toBe(2);
      expect(nodes.get("mubadala")).toBe(1);
      expect(two[0]!.totalNodes).toBe(nodes.size);
      // Every distance is the length of a shortest path, as Neo4j's own shortest-path search finds it.
      const shortest = await api.app.executor.run<{ id: string; distance: number }>(
        "READ",
        {
          name: "test/distances",
          text: "MATCH p = ANY SHORTEST (:Actor {id: $id})(()--(:Actor)){0,2}(n:Actor) RETURN n.id AS id, length(p) AS distance",
        },
        { id: "mgx" },
      );
      expect(new Map(shortest.map((row) => [row.id, row.distance]))).toEqual(nodes);
    });

    it("pages without repeating or skipping a relation: the pages' union is the relations among actors within reach", async () => {
      const pages = await allPages(`id: "mgx", depth: 2, first: 20`);
      const ids = pages.flatMap((page) => page.edges.map((e) => e.node.id));
      expect(pages.length).toBeGreaterThan(2);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(await relationIdsWithinTwoHops("mgx"));
      for (const page of pages) {
        expectDrawable(page, "mgx");
        expect(page.totalCount).toBe(ids.length);
      }
      expect(pages[1]!.pageInfo.hasPreviousPage).toBe(true);
      // The pages in a row are the unpaged list.
      const unpaged = await allPages(`id: "mgx", depth: 2, first: 100`);
      expect(ids).toEqual(unpaged.flatMap((page) => page.edges.map((e) => e.node.id)));
    });

    it("walks and draws only relations of relationTypes", async () => {
      const n = await neighborhood(`id: "mgx", first: 100, relationTypes: [FOUNDED]`);
      expectDrawable(n, "mgx");
      for (const edge of n.edges) expect(edge.node.type).toBe("FOUNDED");
      const distances = distanceOf(n);
      for (const id of ["mubadala", "g42", "abu-dhabi"]) expect(distances.get(id)).toBe(1);
      // OpenAI is joined to MGX by funding, ownership and talks, none of them a founding.
      expect(distances.has("openai")).toBe(false);
    });

    it("walks and draws only relations valid on asOf", async () => {
      // MGX was founded on 2024-03-11, and every relation of MGX dates from 2024 or later. (Abu Dhabi's ownership
      // is dated "2024" only, so it holds from 2024-01-01: a partial start counts from its earliest day.)
      const early = await neighborhood(`id: "mgx", first: 100, asOf: "2023-12-31"`);
      expectDrawable(early, "mgx");
      expect(early.edges).toEqual([]);
      const later = await neighborhood(`id: "mgx", first: 100, asOf: "2024-06-01"`);
      expectDrawable(later, "mgx");
      for (const edge of later.edges) expect(edge.node.validFrom === null || edge.node.validFrom <= "2024-06-01").toBe(true);
      const ids = later.edges.map((e) => e.node.id);
      expect(ids).toContain("mubadala-founded-mgx");
      expect(ids).toContain("mgx-negotiates-with-openai-chip-venture-2024-03");
      expect(ids).not.toContain("mgx-funds-openai-2024-10");
    });

    it("answers NOT_FOUND naming id when no actor has the id", async () => {
      const errors = await api.errors(`{ neighborhood(id: "no-such-actor") { totalCount } }`);
      expect(errors[0]!.extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
    });

    it("costs one round trip per field and level of nesting, no more for 50 relations than for 2", async () => {
      // The centre (one batch), the neighborhood with the actors of its nodes and relation ends (which the
      // loader then holds), the relations' sources (one batch): three.
      const operation = (first: number) => `{ neighborhood(id: "mgx", depth: 2, first: ${first}) { totalCount center { name }
        nodes { distance actor { name } } edges { node { id from { name } to { name } sources { quote } } } } }`;
      const many = await api.statementsOf(operation(50));
      const few = await api.statementsOf(operation(2));
      expect(many).toBe(3);
      expect(few).toBe(many);
    });
  });
});

describe("Path queries' arguments", () => {
  it("refuses maxHops over 6 with BAD_USER_INPUT naming maxHops", async () => {
    const errors = await api.errors(`{ connections(from: "saudi-arabia", to: "openai", maxHops: 7) { length } }`);
    expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "maxHops" });
    expect(errors[0]!.message).toContain("6");
  });

  it("refuses first over 100 paths with BAD_USER_INPUT naming first", async () => {
    const errors = await api.errors(`{ connections(from: "saudi-arabia", to: "openai", first: 101) { length } }`);
    expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("refuses a path from an actor to itself with BAD_USER_INPUT naming to", async () => {
    const errors = await api.errors(`{ connections(from: "openai", to: "openai") { length } }`);
    expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  it("refuses depth over 3 with BAD_USER_INPUT naming depth", async () => {
    const errors = await api.errors(`{ neighborhood(id: "mgx", depth: 4) { totalCount } }`);
    expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "depth" });
    expect(errors[0]!.message).toContain("3");
  });

  it("refuses a neighborhood page over 100 with BAD_USER_INPUT naming first", async () => {
    const errors = await api.errors(`{ neighborhood(id: "mgx", first: 101) { totalCount } }`);
    expect(errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});
