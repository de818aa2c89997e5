import { LRUCache } from "lru-cache";
import { LIMITS } from "../../graphql/limits";
import { CONTROL_TYPES, MONEY_TYPES, STATE_KIND } from "../../funding/money-relations";
import { cypher } from "../../neo4j/cypher-file";
import type { Executor } from "../../neo4j/executor";
import { graphVersionKey, readGraphVersion } from "../../neo4j/graph-version";
import {
  AUTHORITARIAN_REGIMES,
  brokerageScores,
  byScore,
  DEMOCRATIC_REGIMES,
  PAGERANK_SETTINGS,
  pagerankScores,
  referenceAmountUsd,
  WEIGHTING_RULE,
  type MoneyControlRow,
  type Score,
} from "./ranking-algorithms";
import { RankingMeasure, type RankedActorRow, type RankingRow } from "./ranking.type";
import { UnreachableCaseError } from "../../errors/unreachable-case-error";

const subgraphQuery = cypher("analysis/money-control-subgraph");

/** The relations of the money and control graph: money given or put in (FUNDS, OWNS), and control (CONTROLS). */
export const RANKING_TYPES: readonly string[] = [...MONEY_TYPES, ...CONTROL_TYPES];

/**
 * How many rankings the cache keeps: one per measure and day asked since the graph last changed, the least recently
 * used dropped first. Each holds at most LIMITS.maxPage actors, so the cache stays small whatever the graph's size.
 */
export const RANKING_CACHE_ENTRIES = 64;

/** Where a computation's time went, for the benchmark. */
export interface RankingTimings {
  /** Reading the day's relations from Neo4j, rows decoded. */
  readMs: number;
  /** Building the graphology graph and running the algorithm, then sorting. */
  computeMs: number;
}

/**
 * Ranks actors in the money and control graph of a day. Each ranking is computed from one read of the day's
 * relations, then kept in a bounded LRU cache keyed by measure and day under the graph's version (see
 * src/neo4j/graph-version.ts): every seed transaction and every mutation raises the version, and a request that sees
 * a new version drops every kept ranking. Concurrent requests for the same ranking share one computation.
 */
export class RankingService {
  private readonly cache = new LRUCache<string, Promise<RankingRow>>({ max: RANKING_CACHE_ENTRIES });
  private cachedVersion: string | null = null;

  constructor(private readonly executor: Executor) {}

  async ranking(measure: RankingMeasure, asOf: string): Promise<RankingRow> {
    // The version is read before the relations, so a write that lands in between files its answer under a newer one.
    const version = await readGraphVersion(this.executor);
    const versionKey = graphVersionKey(version);
    if (versionKey !== this.cachedVersion) {
      this.cache.clear();
      this.cachedVersion = versionKey;
    }
    const key = `${versionKey}|${measure}|${asOf}`;
    const kept = this.cache.get(key);
    if (kept) return kept;
    const computing = this.compute(measure, asOf, version.version).then((result) => result.ranking);
    this.cache.set(key, computing);
    // A failed computation is not kept: the next request tries again.
    computing.catch(() => {
      if (this.cache.get(key) === computing) this.cache.delete(key);
    });
    return computing;
  }

  /** Computes a ranking without the cache; `graphVersion` is the version read before. */
  async compute(measure: RankingMeasure, asOf: string, graphVersion: number): Promise<{ ranking: RankingRow; timings: RankingTimings }> {
    const started = performance.now();
    const rows = await this.executor.run<MoneyControlRow>("READ", subgraphQuery, { types: RANKING_TYPES, stateKind: STATE_KIND, asOf });
    const read = performance.now();
    const actorCount = new Set(rows.flatMap((r) => [r.fromId, r.toId])).size;
    const base = {
      measure,
      relationTypes: [...RANKING_TYPES],
      asOf,
      graphVersion,
      relationCount: rows.length,
      actorCount,
    };
    let ranking: Omit<RankingRow, "computedAt">;
    switch (measure) {
      case RankingMeasure.PAGERANK:
      case RankingMeasure.REVERSE_PAGERANK: {
        const reverse = measure === RankingMeasure.REVERSE_PAGERANK;
        const scores = pagerankScores(rows, { reverse });
        ranking = {
          ...base,
          algorithm: reverse
            ? "PageRank, weighted, on the graph with every edge reversed (graphology-metrics centrality/pagerank, power iteration)"
            : "PageRank, weighted (graphology-metrics centrality/pagerank, power iteration)",
          parameters: [
            { name: "alpha", value: String(PAGERANK_SETTINGS.alpha) },
            { name: "maxIterations", value: String(PAGERANK_SETTINGS.maxIterations) },
            { name: "tolerance", value: String(PAGERANK_SETTINGS.tolerance) },
            { name: "direction", value: reverse ? "to funders, owners and controllers" : "to recipients, holdings and the controlled" },
            { name: "referenceAmountUsd", value: String(referenceAmountUsd(rows)) },
          ],
          weighting: WEIGHTING_RULE,
          rankedCount: scores.length,
          democraticStateIds: null,
          authoritarianStateIds: null,
          connectedPairs: null,
          actors: ranked(scores),
        };
        break;
      }
      case RankingMeasure.BROKERAGE: {
        const brokerage = brokerageScores(rows);
        ranking = {
          ...base,
          algorithm:
            "Betweenness restricted to democratic–authoritarian state pairs: shortest paths and their counts by " +
            "graphology-shortest-path's indexed Brandes routine (breadth-first), Brandes' dependency accumulation over " +
            "the authoritarian states as targets",
          parameters: [
            { name: "directed", value: "false" },
            { name: "weighted", value: "false" },
            { name: "democraticRegimes", value: DEMOCRATIC_REGIMES.join(", ") },
            { name: "authoritarianRegimes", value: AUTHORITARIAN_REGIMES.join(", ") },
          ],
          weighting: null,
          rankedCount: brokerage.scores.length,
          democraticStateIds: brokerage.democraticStates,
          authoritarianStateIds: brokerage.authoritarianStates,
          connectedPairs: brokerage.connectedPairs,
          actors: ranked(brokerage.scores),
        };
        break;
      }
      default:
        throw new UnreachableCaseError(measure, "ranking measure");
    }
    const done = performance.now();
    return { ranking: { ...ranking, computedAt: new Date() }, timings: { readMs: read - started, computeMs: done - read } };
  }
}

/** The best LIMITS.maxPage actors with their places: equal scores share a place (1, 2, 2, 4). */
function ranked(scores: readonly Score[]): RankedActorRow[] {
  const best = byScore(scores).slice(0, LIMITS.maxPage);
  return best.map((s, i) => {
    let place = i;
    while (place > 0 && best[place - 1]!.score === s.score) place -= 1;
    return { rank: place + 1, score: s.score, actorId: s.actorId };
  });
}
