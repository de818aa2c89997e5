import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { RankingService } from "../../src/analysis/ranking/ranking.service";
import { RankingMeasure } from "../../src/analysis/ranking/ranking.type";
import type { CypherQuery } from "../../src/neo4j/cypher-file";
import { Executor } from "../../src/neo4j/executor";
import { projectRoot } from "../../src/project-root";
import type { RankingResult } from "../runner/report";

const classStates: CypherQuery = {
  name: "bench/rankings/class-states",
  text: readFileSync(join(projectRoot, "bench", "rankings", "cypher", "class-states.cypher"), "utf8"),
};

/** The day the benchmark ranks on: every generated relation has started by then, and most have not ended. */
export const RANKING_DAY = "2025-01-01";

/**
 * The regime classes the benchmark gives the generated states (bench/generate-seed.ts makes one per country):
 * eight democracies and four authoritarian states, so BROKERAGE has 32 pairs to join. Synthetic.
 */
const STATE_CLASSES: Record<string, string> = {
  us: "flawed_democracy",
  fr: "flawed_democracy",
  in: "flawed_democracy",
  gb: "full_democracy",
  jp: "full_democracy",
  kr: "full_democracy",
  tw: "full_democracy",
  de: "full_democracy",
  sa: "authoritarian",
  ae: "authoritarian",
  qa: "authoritarian",
  cn: "authoritarian",
};

/**
 * Times each ranking measure in this process, against the benchmark's Neo4j: `runs` computations without the
 * cache (each reads the day's relations and runs the algorithm), reported at their median, then one answer from the
 * cache. Heap is Node's after the last computation, with the graph still in reach.
 */
export async function timeRankings(driver: Driver, runs: number, log: (m: string) => void, prefix = "syn-"): Promise<RankingResult[]> {
  const executor = new Executor(driver, { database: "neo4j", transactionTimeoutMs: 3_600_000 });
  const classes = Object.entries(STATE_CLASSES).map(([country, regime]) => ({ id: `${prefix}state-${country}`, regime }));
  await executor.run("WRITE", classStates, { classes });
  const results: RankingResult[] = [];
  for (const measure of Object.values(RankingMeasure)) {
    const service = new RankingService(executor);
    const samples: { readMs: number; computeMs: number; totalMs: number }[] = [];
    let last: Awaited<ReturnType<RankingService["compute"]>> | undefined;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      last = await service.compute(measure, RANKING_DAY, 0);
      samples.push({ ...last.timings, totalMs: performance.now() - started });
    }
    const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
    await service.ranking(measure, RANKING_DAY);
    const cachedStarted = performance.now();
    await service.ranking(measure, RANKING_DAY);
    const cachedMs = performance.now() - cachedStarted;
    const median = (pick: (s: (typeof samples)[number]) => number) => {
      const values = samples.map(pick).sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)]!;
    };
    const ranking = last!.ranking;
    const result: RankingResult = {
      measure,
      runs,
      relations: ranking.relationCount,
      actors: ranking.actorCount,
      ranked: ranking.rankedCount,
      top: ranking.actors.slice(0, 3).map((a) => a.actorId),
      readMs: median((s) => s.readMs),
      computeMs: median((s) => s.computeMs),
      totalMs: median((s) => s.totalMs),
      maxTotalMs: Math.max(...samples.map((s) => s.totalMs)),
      cachedMs,
      heapMb,
    };
    log(
      `rankings ${measure}: ${result.relations} relations, ${result.actors} actors; read ${result.readMs.toFixed(0)} ms, ` +
        `compute ${result.computeMs.toFixed(0)} ms, total ${result.totalMs.toFixed(0)} ms (median of ${runs}); cached ${cachedMs.toFixed(1)} ms`,
    );
    results.push(result);
  }
  return results;
}
