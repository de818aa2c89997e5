import {
  brokerageScores,
  byScore,
  moneyControlGraph,
  PAGERANK_SETTINGS,
  pagerankScores,
  referenceAmountUsd,
  weightOf,
  type MoneyControlRow,
} from "../../src/analysis/ranking/ranking-algorithms";

/** A relation of the day, as the subgraph query returns it; test data, not claims about the world. */
function rel(type: string, fromId: string, toId: string, extra: Partial<MoneyControlRow> = {}): MoneyControlRow {
  return { fromId, toId, type, amountUsd: null, amountKind: null, stake: null, fromRegime: null, toRegime: null, ...extra };
}

const paid = (fromId: string, toId: string, amountUsd: number) => rel("FUNDS", fromId, toId, { amountUsd, amountKind: "paid" });
const scoreOf = (scores: { actorId: string; score: number }[], id: string) => scores.find((s) => s.actorId === id)?.score;

describe("ranking-algorithms", () => {
  describe("referenceAmountUsd", () => {
    it("returns the median dollar figure of the paid fundings, ignoring pledges, ceilings and undisclosed sums", () => {
      const rows = [
        paid("a", "b", 10),
        paid("a", "c", 30),
        paid("a", "d", 20),
        rel("FUNDS", "a", "e", { amountUsd: 1_000_000, amountKind: "committed" }),
        rel("FUNDS", "a", "f", { amountKind: "paid" }),
      ];
      expect(referenceAmountUsd(rows)).toBe(20);
      expect(referenceAmountUsd([...rows, paid("a", "g", 40)])).toBe(25);
    });

    it("returns 1 when no funding of the day has a paid dollar figure", () => {
      expect(referenceAmountUsd([rel("CONTROLS", "s", "f"), rel("FUNDS", "f", "c", { amountUsd: 5, amountKind: "up_to" })])).toBe(1);
    });
  });

  describe("weightOf", () => {
    const reference = 100;

    it("weighs a paid funding by its dollars, and a funding of unknown size as the reference amount", () => {
      expect(weightOf(paid("a", "b", 7_000), reference)).toBe(7_000);
      expect(weightOf(rel("FUNDS", "a", "b", { amountKind: "paid" }), reference)).toBe(reference);
      expect(weightOf(rel("FUNDS", "a", "b"), reference)).toBe(reference);
    });

    it("weighs nothing for a pledge, a ceiling, a credit line or a valuation, whatever its dollars", () => {
      for (const amountKind of ["committed", "up_to", "credit_line", "valuation"])
        expect(weightOf(rel("FUNDS", "a", "b", { amountKind, amountUsd: 1e12 }), reference)).toBe(0);
    });

    it("weighs ownership by its stake times the reference amount, and control as the reference amount", () => {
      expect(weightOf(rel("OWNS", "a", "b", { stake: 0.25 }), reference)).toBe(25);
      expect(weightOf(rel("OWNS", "a", "b"), reference)).toBe(reference);
      expect(weightOf(rel("CONTROLS", "a", "b"), reference)).toBe(reference);
    });
  });

  describe("moneyControlGraph", () => {
    it("adds up parallel relations into one edge, leaves out weightless ones but keeps their ends, and reverses on demand", () => {
      const rows = [paid("a", "b", 10), paid("a", "b", 30), rel("FUNDS", "a", "c", { amountUsd: 50, amountKind: "committed" })];
      const graph = moneyControlGraph(rows, { reverse: false });
      expect(graph.order).toBe(3);
      expect(graph.size).toBe(1);
      expect(graph.getEdgeAttribute("a", "b", "weight")).toBe(40);
      expect(graph.hasEdge("a", "c")).toBe(false);
      const reversed = moneyControlGraph(rows, { reverse: true });
      expect(reversed.hasEdge("b", "a")).toBe(true);
      expect(reversed.hasEdge("a", "b")).toBe(false);
    });
  });

  describe("pagerankScores", () => {
    it("splits a funder's score by the dollars it paid, as the closed form of a three-actor PageRank says", () => {
      // f pays 9 to a and 1 to b; a and b pay nothing on (dangling). At the fixed point x_f = 1 / (3 + alpha), and
      // each recipient gets x_f plus alpha times its share of f's score.
      const scores = pagerankScores([paid("f", "a", 9), paid("f", "b", 1)], { reverse: false });
      const { alpha } = PAGERANK_SETTINGS;
      const xf = 1 / (3 + alpha);
      expect(scoreOf(scores, "f")).toBeCloseTo(xf, 5);
      expect(scoreOf(scores, "a")).toBeCloseTo(xf + alpha * 0.9 * xf, 5);
      expect(scoreOf(scores, "b")).toBeCloseTo(xf + alpha * 0.1 * xf, 5);
      expect(scores.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 6);
    });

    it("gives a pledge no weight: a recipient of a large pledge ranks below one of a small payment", () => {
      const scores = pagerankScores([paid("f", "a", 1), rel("FUNDS", "f", "b", { amountUsd: 1e12, amountKind: "committed" })], {
        reverse: false,
      });
      expect(scoreOf(scores, "a")!).toBeGreaterThan(scoreOf(scores, "b")!);
    });

    it("ranks the funder that pays the most first when the edges are reversed", () => {
      const rows = [paid("big", "lab", 1_000), paid("small", "lab", 10), rel("CONTROLS", "state", "big")];
      const order = byScore(pagerankScores(rows, { reverse: true })).map((s) => s.actorId);
      expect(order.indexOf("big")).toBeLessThan(order.indexOf("small"));
      // Everything big holds flows on to the state that controls it.
      expect(order[0]).toBe("state");
    });
  });

  describe("brokerageScores", () => {
    // Component 1: democracies d1 (full) and d2 (flawed) reach authoritarian a1 through x; y–z is a longer way from d1
    // to a1; a3 hangs off a1. Component 2: democracy d3 reaches authoritarian a2 through p or q (two shortest paths).
    // h is a hybrid regime: on a path, but never an end.
    const rows = [
      rel("FUNDS", "d1", "x", { fromRegime: "full_democracy" }),
      rel("OWNS", "x", "d2", { toRegime: "flawed_democracy" }), // walked against its direction
      rel("FUNDS", "a1", "x", { fromRegime: "authoritarian", amountUsd: 5, amountKind: "committed" }), // a pledge is a tie
      rel("CONTROLS", "d1", "y", { fromRegime: "full_democracy" }),
      rel("FUNDS", "y", "z"),
      rel("FUNDS", "z", "a1", { toRegime: "authoritarian" }),
      rel("CONTROLS", "a1", "a3", { fromRegime: "authoritarian", toRegime: "authoritarian" }),
      rel("FUNDS", "d3", "p", { fromRegime: "flawed_democracy" }),
      rel("FUNDS", "d3", "q", { fromRegime: "flawed_democracy" }),
      rel("FUNDS", "p", "h", { toRegime: "hybrid_regime" }),
      rel("FUNDS", "q", "h", { toRegime: "hybrid_regime" }),
      rel("FUNDS", "h", "a2", { toRegime: "authoritarian" }),
    ];

    it("counts, for each actor, the democratic–authoritarian pairs whose shortest paths pass through it", () => {
      const result = brokerageScores(rows);
      expect(result.democraticStates).toEqual(["d1", "d2", "d3"]);
      expect(result.authoritarianStates).toEqual(["a1", "a2", "a3"]);
      // Joined pairs: d1–a1, d1–a3, d2–a1, d2–a3 (through x) and d3–a2 (through p or q, then h).
      expect(result.connectedPairs).toBe(5);
      const scores = Object.fromEntries(result.scores.map((s) => [s.actorId, s.score]));
      // x is on all four pairs of component 1; a1 on the two that end at a3; p and q share d3–a2 half each; h is on it.
      expect(scores).toEqual({ x: 4, a1: 2, p: 0.5, q: 0.5, h: 1 });
    });

    it("scores nobody when one of the two sets of states is missing from the graph", () => {
      const onlyDemocracies = rows.filter((r) => r.fromRegime !== "authoritarian" && r.toRegime !== "authoritarian");
      const result = brokerageScores(onlyDemocracies);
      expect(result.authoritarianStates).toEqual([]);
      expect(result.scores).toEqual([]);
      expect(result.connectedPairs).toBe(0);
    });
  });

  describe("byScore", () => {
    it("puts the highest score first and equal scores in id order", () => {
      const order = byScore([
        { actorId: "b", score: 1 },
        { actorId: "c", score: 2 },
        { actorId: "a", score: 1 },
      ]).map((s) => s.actorId);
      expect(order).toEqual(["c", "a", "b"]);
    });
  });
});
