import { type BenchTargets, LIST_SIZE, type QuestionName } from "../questions";

/**
 * The four ways each question is asked (bench/questions.ts): (a) raw Cypher in the benchmark's process, (d) the
 * same Cypher behind the thin HTTP endpoint, (b) this server, (c) the Neo4j GraphQL Library's peer.
 */
export const ways = ["raw", "thin", "server", "peer"] as const;
export type Way = (typeof ways)[number];

/** One way's figures for one question, over all its rounds. Latencies in milliseconds. */
export interface WayStats {
  requests: number;
  errors: number;
  firstError?: string;
  p50: number;
  p95: number;
  /** Answers per second at the run's concurrency. */
  throughput: number;
}

export interface QuestionResult {
  name: QuestionName;
  description: string;
  oneActor: boolean;
  /** Whether the four ways' canonical answers differed (then the times compare different work). */
  mismatch: boolean;
  /** The canonical answer, for the record. */
  answer: unknown;
  stats: Record<Way, WayStats>;
}

export interface ImportResult {
  /** Data rows of the CSV files, header lines excluded. */
  rows: number;
  loadCsv: { ms: number; rowsPerSecond: number; steps: { file: string; rows: number; ms: number }[] };
  seeder: { ms: number; rowsPerSecond: number };
}

/** One ranking measure timed in-process (bench/rankings/rankings-bench.ts). Times in milliseconds. */
export interface RankingResult {
  measure: string;
  /** Computations without the cache; the times are their median. */
  runs: number;
  /** Relations read (valid on the day) and the actors they join. */
  relations: number;
  actors: number;
  /** Actors with a score. */
  ranked: number;
  /** The three best actors, for the record. */
  top: string[];
  /** Reading the day's relations from Neo4j, rows decoded. */
  readMs: number;
  /** Building the graph and running the algorithm. */
  computeMs: number;
  totalMs: number;
  /** The slowest computation: what the target is checked on. */
  maxTotalMs: number;
  /** One answer from the cache. */
  cachedMs: number;
  /** Node's heap in use after the last computation, in MiB. */
  heapMb: number;
}

export interface SizeResult {
  size: string;
  actors: number;
  relations: number;
  targets: BenchTargets;
  /** Absent when the run timed the rankings only (--rankings-only). */
  import?: ImportResult;
  questions: QuestionResult[];
  /** The rankings' times; absent in runs made before they were benchmarked. */
  rankings?: RankingResult[];
}

export interface Run {
  started: string;
  machine: Record<string, unknown>;
  options: Record<string, unknown>;
  sizes: SizeResult[];
}

/** One of the issue's targets, checked on one run: what, the measured ratio, its limit and which side passes. */
export interface TargetCheck {
  size: string;
  target: string;
  ratio: number;
  limit: number;
  /** Whether the ratio must be at least ("≥") or at most ("≤") the limit. */
  comparison: "≥" | "≤";
  met: boolean;
  /** "s" for a time in seconds, checked as at most the limit; a ratio otherwise. */
  unit?: "s";
}

/** The issue's limit on computing one ranking measure on the small graph, without the cache. */
export const RANKING_LIMIT_SECONDS = 5;

/** Limits of the issue's targets (issue 15). */
export const LIMITS = {
  /** This server's throughput over the Library's, every question: at least. */
  serverPerPeerThroughput: 1.2,
  /** This server's p50 over the thin endpoint's, one-actor questions: at most. */
  serverPerThinP50: 1.5,
  /** The seeder's rows per second over LOAD CSV's: at least. */
  seedingPerLoadCsv: 0.7,
  /** This server's p50 on the large graph over the small one, one-actor questions: at most. */
  growth: 2,
} as const;

export function targetChecks(run: Run): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const check = (size: string, target: string, ratio: number, comparison: "≥" | "≤", limit: number, unit?: "s") =>
    checks.push({
      size,
      target,
      ratio,
      limit,
      comparison,
      met: comparison === "≥" ? ratio >= limit : ratio <= limit,
      ...(unit ? { unit } : {}),
    });
  for (const size of run.sizes) {
    for (const q of size.questions)
      check(
        size.size,
        `${q.name}: server throughput / Neo4j GraphQL Library's`,
        q.stats.server.throughput / q.stats.peer.throughput,
        "≥",
        LIMITS.serverPerPeerThroughput,
      );
    for (const q of size.questions.filter((q) => q.oneActor))
      check(size.size, `${q.name}: server p50 / thin endpoint p50`, q.stats.server.p50 / q.stats.thin.p50, "≤", LIMITS.serverPerThinP50);
    if (size.import)
      check(
        size.size,
        "seeding rows/s / LOAD CSV rows/s",
        size.import.seeder.rowsPerSecond / size.import.loadCsv.rowsPerSecond,
        "≥",
        LIMITS.seedingPerLoadCsv,
      );
    if (size.size === "small")
      for (const r of size.rankings ?? [])
        check(
          size.size,
          `rankings ${r.measure}: seconds to compute, slowest of ${r.runs} runs without the cache`,
          r.maxTotalMs / 1000,
          "≤",
          RANKING_LIMIT_SECONDS,
          "s",
        );
  }
  const small = run.sizes.find((s) => s.size === "small");
  const large = run.sizes.find((s) => s.size === "large");
  if (small && large) {
    for (const q of large.questions.filter((q) => q.oneActor)) {
      const before = small.questions.find((s) => s.name === q.name);
      if (before)
        check(
          "large / small",
          `${q.name}: server p50, large graph / small graph`,
          q.stats.server.p50 / before.stats.server.p50,
          "≤",
          LIMITS.growth,
        );
    }
  }
  return checks;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const perSecond = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString("en") : "–");
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");

/** The run as Markdown: per size, the import, the question table with the ratios; then targets and growth. */
export function formatReport(run: Run): string {
  const lines: string[] = [
    `Run of ${run.started}`,
    "",
    `Machine: ${Object.entries(run.machine)
      .map(([k, v]) => `${k} ${v}`)
      .join("; ")}`,
    "",
    `Options: ${JSON.stringify(run.options)}`,
    "",
  ];
  for (const size of run.sizes) {
    lines.push(`### ${size.size}: ${size.actors.toLocaleString("en")} actors, ${size.relations.toLocaleString("en")} relations`, "");
    const imp = size.import;
    if (imp)
      lines.push(
        "| loader | rows | seconds | rows/s |",
        "|---|---:|---:|---:|",
        `| LOAD CSV … CALL {} IN TRANSACTIONS | ${imp.rows.toLocaleString("en")} | ${(imp.loadCsv.ms / 1000).toFixed(1)} | ${perSecond(imp.loadCsv.rowsPerSecond)} |`,
        `| npm run seed (full validation) | ${imp.rows.toLocaleString("en")} | ${(imp.seeder.ms / 1000).toFixed(1)} | ${perSecond(imp.seeder.rowsPerSecond)} |`,
        "",
      );
    if (size.questions.length > 0)
      lines.push(
        `| question | ${ways.map((way) => `${way} p50 / p95 ms | ${way} req/s`).join(" | ")} | server/thin p50 | thin/raw p50 | server/raw p50 | server/peer req/s |`,
        `|---|${"---:|".repeat(ways.length * 2 + 4)}`,
      );
    for (const q of size.questions) {
      const { raw, thin, server, peer } = q.stats;
      const errors = ways.map((way) => q.stats[way].errors);
      const flag = q.mismatch ? " (answers differ)" : errors.some((n) => n > 0) ? ` (errors ${ways.join("/")}: ${errors.join("/")})` : "";
      lines.push(
        `| ${q.name}${q.oneActor ? " †" : ""}${flag} | ${ways.map((way) => `${ms(q.stats[way].p50)} / ${ms(q.stats[way].p95)} | ${perSecond(q.stats[way].throughput)}`).join(" | ")} | ${times(server.p50 / thin.p50)} | ${times(thin.p50 / raw.p50)} | ${times(server.p50 / raw.p50)} | ${times(server.throughput / peer.throughput)} |`,
      );
    }
    if (size.questions.length > 0)
      lines.push(
        "",
        `† one-actor questions: they start from one typical actor found by id and return at most ${LIST_SIZE} items per level; the p50 and growth targets are on them.`,
        "",
      );
    if (size.rankings?.length) {
      lines.push(
        "| ranking | relations read | actors | ranked | read ms | compute ms | total ms (median) | slowest ms | cached ms | Node heap MiB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      );
      for (const r of size.rankings)
        lines.push(
          `| ${r.measure} | ${r.relations.toLocaleString("en")} | ${r.actors.toLocaleString("en")} | ${r.ranked.toLocaleString("en")} | ${ms(r.readMs)} | ${ms(r.computeMs)} | ${ms(r.totalMs)} | ${ms(r.maxTotalMs)} | ${ms(r.cachedMs)} | ${Math.round(r.heapMb)} |`,
        );
      lines.push("");
    }
  }
  const small = run.sizes.find((s) => s.size === "small");
  const large = run.sizes.find((s) => s.size === "large");
  if (small && large && large.questions.length > 0) {
    lines.push(
      "### Growth: p50, large graph / small graph",
      "",
      `| question | ${ways.join(" | ")} |`,
      `|---|${"---:|".repeat(ways.length)}`,
    );
    for (const q of large.questions) {
      const s = small.questions.find((x) => x.name === q.name);
      if (!s) continue;
      lines.push(`| ${q.name} | ${ways.map((way) => times(q.stats[way].p50 / s.stats[way].p50)).join(" | ")} |`);
    }
    lines.push("");
  }
  const checks = targetChecks(run);
  if (checks.length > 0) lines.push("### Targets", "", "| size | target | ratio | limit | met |", "|---|---|---:|---:|---|");
  for (const check of checks) {
    lines.push(
      check.unit === "s"
        ? `| ${check.size} | ${check.target} | ${check.ratio.toFixed(2)} s | ${check.comparison} ${check.limit} s | ${check.met ? "yes" : "**no**"} |`
        : `| ${check.size} | ${check.target} | ${times(check.ratio)} | ${check.comparison} ${check.limit}× | ${check.met ? "yes" : "**no**"} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
