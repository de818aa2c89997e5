import { DirectedGraph, UndirectedGraph } from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";

/** One FUNDS, OWNS or CONTROLS relation of the day, as cypher/analysis/money-control-subgraph.cypher returns it. */
export interface MoneyControlRow {
  fromId: string;
  toId: string;
  type: string;
  amountUsd: number | null;
  amountKind: string | null;
  /** An owner's share, 0 to 1. */
  stake: number | null;
  /** The stored regime class of an end that is a state ("authoritarian"); null otherwise. */
  fromRegime: string | null;
  toRegime: string | null;
}

/** An actor's score under one measure. */
export interface Score {
  actorId: string;
  score: number;
}

/** The PageRank settings: graphology-metrics' defaults, stated so the answer can name them. */
export const PAGERANK_SETTINGS = { alpha: 0.85, maxIterations: 100, tolerance: 1e-6 } as const;

/** The regime classes at each end of BROKERAGE's paths (schema/model.json vocabularies.regime). */
export const DEMOCRATIC_REGIMES: readonly string[] = ["full_democracy", "flawed_democracy"];
export const AUTHORITARIAN_REGIMES: readonly string[] = ["authoritarian"];

/** The amount kind of money that moved. */
const PAID = "paid";

/** The rule `weightOf` applies, in words, for the API's descriptions and the answer's `weighting`. */
export const WEIGHTING_RULE =
  "An edge weighs the sum of its relations' weights. A FUNDS relation whose amount kind is PAID weighs its amountUsd. " +
  "A PAID FUNDS relation with no dollar figure, and a FUNDS relation with no amount recorded at all (undisclosed), weigh " +
  "the reference amount: the median amountUsd of the day's PAID FUNDS relations (1 when there are none), money given but " +
  "of unknown size, counted as a typical funding. A FUNDS relation of another amount kind (COMMITTED, UP_TO, CREDIT_LINE, " +
  "VALUATION) weighs nothing: no money is known to have moved, as in the API's paid totals. An OWNS relation weighs its stake (0 to 1) times the " +
  "reference amount, or the reference amount when no stake is recorded. A CONTROLS relation weighs the reference amount. " +
  "Only the relative weights of an actor's edges matter: PageRank splits each actor's score among its edges in " +
  "proportion to their weights. Relations that weigh nothing are left out of the graph, but their ends stay in it.";

/**
 * The reference amount of the weighting rule: the median `amountUsd` of the paid FUNDS relations with a positive
 * dollar figure (the mean of the two middle ones for an even count); 1 when there are none, so every unsized
 * relation then weighs the same.
 */
export function referenceAmountUsd(rows: readonly MoneyControlRow[]): number {
  const paid = rows
    .filter((r) => r.type === "FUNDS" && r.amountKind === PAID && r.amountUsd !== null && r.amountUsd > 0)
    .map((r) => r.amountUsd!)
    .sort((a, b) => a - b);
  if (paid.length === 0) return 1;
  const middle = Math.floor(paid.length / 2);
  return paid.length % 2 === 1 ? paid[middle]! : (paid[middle - 1]! + paid[middle]!) / 2;
}

/** One relation's weight under WEIGHTING_RULE, given the reference amount. */
export function weightOf(row: MoneyControlRow, referenceUsd: number): number {
  switch (row.type) {
    case "FUNDS":
      if (row.amountKind === PAID) return row.amountUsd === null ? referenceUsd : Math.max(0, row.amountUsd);
      // No amount recorded: money given, of unknown size. Any other kind: a pledge, a ceiling, a credit line, a valuation.
      return row.amountKind === null ? referenceUsd : 0;
    case "OWNS":
      return row.stake === null ? referenceUsd : Math.min(1, Math.max(0, row.stake)) * referenceUsd;
    case "CONTROLS":
      return referenceUsd;
    default:
      return 0;
  }
}

/** The weighted, directed money and control graph: one edge per ordered pair of actors, its weight the sum. */
export function moneyControlGraph(rows: readonly MoneyControlRow[], options: { reverse: boolean }): DirectedGraph {
  const referenceUsd = referenceAmountUsd(rows);
  const graph = new DirectedGraph();
  for (const row of rows) {
    graph.mergeNode(row.fromId);
    graph.mergeNode(row.toId);
    const weight = weightOf(row, referenceUsd);
    if (weight <= 0) continue;
    const [source, target] = options.reverse ? [row.toId, row.fromId] : [row.fromId, row.toId];
    graph.updateEdge(source, target, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + weight }));
  }
  return graph;
}

/**
 * Weighted PageRank (graphology-metrics' power iteration) over the money and control graph; scores sum to 1.
 * `reverse` turns every edge around, so score flows from what is funded, owned or controlled to its funders, owners
 * and controllers.
 */
export function pagerankScores(rows: readonly MoneyControlRow[], options: { reverse: boolean }): Score[] {
  const graph = moneyControlGraph(rows, options);
  if (graph.order === 0) return [];
  const scores = pagerank(graph, { getEdgeWeight: "weight", ...PAGERANK_SETTINGS });
  return Object.entries(scores).map(([actorId, score]) => ({ actorId, score }));
}

/** BROKERAGE's answer: each actor's score (those above 0), and the states at the ends of the paths. */
export interface Brokerage {
  scores: Score[];
  democraticStates: string[];
  authoritarianStates: string[];
  /** Democratic–authoritarian pairs joined by at least one path. */
  connectedPairs: number;
}

/**
 * Betweenness restricted to the paths between two sets of states: for each actor v,
 *   score(v) = Σ over pairs (s, t), s a democratic state and t an authoritarian one, of σ_st(v) / σ_st,
 * where σ_st counts the shortest paths between s and t and σ_st(v) those that pass through v (v neither s nor t).
 * Paths walk the relations either way and count hops: one edge per pair of actors joined by any relation of the
 * day, whatever its weight or amount kind. Pairs with no path count nothing.
 *
 * The shortest paths and their counts come from graphology-shortest-path's indexed Brandes routine (a breadth-first
 * search from each democratic state); the accumulation is Brandes' dependency accumulation with the targets
 * restricted to the authoritarian states (Brandes 2008, "On variants of shortest-path betweenness centrality and
 * their generic computation", the betweenness of a source and target subset), written here because
 * graphology-metrics' betweenness counts every pair of actors. Path counts are 32-bit (the library's), as in
 * graphology-metrics' own betweenness.
 */
export function brokerageScores(rows: readonly MoneyControlRow[]): Brokerage {
  const graph = new UndirectedGraph();
  const regimes = new Map<string, string>();
  for (const row of rows) {
    graph.mergeNode(row.fromId);
    graph.mergeNode(row.toId);
    graph.mergeEdge(row.fromId, row.toId);
    if (row.fromRegime) regimes.set(row.fromId, row.fromRegime);
    if (row.toRegime) regimes.set(row.toId, row.toRegime);
  }
  const statesOf = (classes: readonly string[]) =>
    [...regimes]
      .filter(([, regime]) => classes.includes(regime))
      .map(([id]) => id)
      .sort();
  const democraticStates = statesOf(DEMOCRATIC_REGIMES);
  const authoritarianStates = statesOf(AUTHORITARIAN_REGIMES);
  if (democraticStates.length === 0 || authoritarianStates.length === 0)
    return { scores: [], democraticStates, authoritarianStates, connectedPairs: 0 };

  const brandes = createUnweightedIndexedBrandes(graph);
  // The routine numbers actors in the order of graph.nodes(), as its neighbourhood index does.
  const nodes = graph.nodes();
  const indexOf = new Map(nodes.map((id, i) => [id, i]));
  const isTarget = new Uint8Array(nodes.length);
  for (const id of authoritarianStates) isTarget[indexOf.get(id)!] = 1;
  const delta = new Float64Array(nodes.length);
  const centrality = new Float64Array(nodes.length);
  let connectedPairs = 0;
  for (const id of democraticStates) {
    const source = indexOf.get(id)!;
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    for (const target of authoritarianStates) if (sigma[indexOf.get(target)!]! > 0) connectedPairs += 1;
    // Actors leave the stack farthest first, so each one's dependency is complete when its predecessors get their share.
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (isTarget[w] + delta[w]) / sigma[w];
      for (const v of predecessors[w]!) delta[v] += sigma[v]! * coefficient;
      if (w !== source) centrality[w] += delta[w]!;
    }
  }
  const scores: Score[] = [];
  centrality.forEach((score, i) => {
    if (score > 0) scores.push({ actorId: nodes[i]!, score });
  });
  return { scores, democraticStates, authoritarianStates, connectedPairs };
}

/** Highest score first, then by actor id, so equal scores come in a fixed order. */
export function byScore(scores: readonly Score[]): Score[] {
  return [...scores].sort((a, b) => b.score - a.score || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
}
