import type { BenchTargets, QuestionName } from "../questions";

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
  /** Whether the three ways' canonical answers differed (then the times compare different work). */
  mismatch: boolean;
  /** The canonical answer, for the record. */
  answer: unknown;
  stats: Record<"raw" | "server" | "peer", WayStats>;
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

/** The issue's targets, each a ratio from one run: [what, measured ratio, limit, whether lower is better]. */
export interface TargetCheck {
  size: string;
  target: string;
  ratio: number;
  limit: number;
  met: boolean;
  /** "s" for a time in seconds, checked as at most the limit; a ratio otherwise. */
  unit?: "s";
}

/** The issue's limit on computing one ranking measure on the small graph, without the cache. */
export const RANKING_LIMIT_SECONDS = 5;

export function targetChecks(run: Run): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const size of run.sizes) {
    for (const q of size.questions.filter((q) => q.oneActor)) {
      const ratio = q.stats.server.p50 / q.stats.raw.p50;
      checks.push({ size: size.size, target: `${q.name}: GraphQL p50 / raw Cypher p50`, ratio, limit: 1.25, met: ratio <= 1.25 });
    }
    for (const q of size.questions.filter(
      (q) => q.name === "nested-funders-boards" || q.name === "funding-page" || q.name.startsWith("funders-"),
    )) {
      const ratio = q.stats.server.throughput / q.stats.peer.throughput;
      checks.push({ size: size.size, target: `${q.name}: throughput / Neo4j GraphQL Library's`, ratio, limit: 1.2, met: ratio >= 1.2 });
    }
    if (size.import) {
      const seeding = size.import.seeder.rowsPerSecond / size.import.loadCsv.rowsPerSecond;
      checks.push({ size: size.size, target: "seeding rows/s / LOAD CSV rows/s", ratio: seeding, limit: 0.7, met: seeding >= 0.7 });
    }
    if (size.size === "small") {
      for (const r of size.rankings ?? []) {
        const seconds = r.maxTotalMs / 1000;
        checks.push({
          size: size.size,
          target: `rankings ${r.measure}: seconds to compute, slowest of ${r.runs} runs without the cache`,
          ratio: seconds,
          limit: RANKING_LIMIT_SECONDS,
          met: seconds <= RANKING_LIMIT_SECONDS,
          unit: "s",
        });
      }
    }
  }
  const small = run.sizes.find((s) => s.size === "small");
  const large = run.sizes.find((s) => s.size === "large");
  if (small && large) {
    for (const q of large.questions.filter((q) => q.oneActor)) {
      const before = small.questions.find((s) => s.name === q.name);
      if (!before) continue;
      const ratio = q.stats.server.p50 / before.stats.server.p50;
      checks.push({ size: "large / small", target: `${q.name}: GraphQL p50, large graph / small graph`, ratio, limit: 2, met: ratio <= 2 });
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
        "| question | raw p50 / p95 ms | raw req/s | server p50 / p95 ms | server req/s | peer p50 / p95 ms | peer req/s | server/raw p50 | server/peer req/s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      );
    for (const q of size.questions) {
      const { raw, server, peer } = q.stats;
      const flag = q.mismatch
        ? " (answers differ)"
        : raw.errors + server.errors + peer.errors > 0
          ? ` (errors: ${raw.errors}/${server.errors}/${peer.errors})`
          : "";
      lines.push(
        `| ${q.name}${flag} | ${ms(raw.p50)} / ${ms(raw.p95)} | ${perSecond(raw.throughput)} | ${ms(server.p50)} / ${ms(server.p95)} | ${perSecond(server.throughput)} | ${ms(peer.p50)} / ${ms(peer.p95)} | ${perSecond(peer.throughput)} | ${times(server.p50 / raw.p50)} | ${times(server.throughput / peer.throughput)} |`,
      );
    }
    if (size.questions.length > 0) lines.push("");
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
    lines.push("### Growth: p50, large graph / small graph", "", "| question | raw | server | peer |", "|---|---:|---:|---:|");
    for (const q of large.questions) {
      const s = small.questions.find((x) => x.name === q.name);
      if (!s) continue;
      lines.push(
        `| ${q.name} | ${times(q.stats.raw.p50 / s.stats.raw.p50)} | ${times(q.stats.server.p50 / s.stats.server.p50)} | ${times(q.stats.peer.p50 / s.stats.peer.p50)} |`,
      );
    }
    lines.push("");
  }
  const checks = targetChecks(run);
  if (checks.length > 0) lines.push("### Targets", "", "| size | target | ratio | limit | met |", "|---|---|---:|---:|---|");
  for (const check of checks) {
    lines.push(
      check.unit === "s"
        ? `| ${check.size} | ${check.target} | ${check.ratio.toFixed(2)} s | ≤ ${check.limit} s | ${check.met ? "yes" : "**no**"} |`
        : `| ${check.size} | ${check.target} | ${times(check.ratio)} | ${check.target.includes("throughput") || check.target.startsWith("seeding") ? "≥" : "≤"} ${check.limit}× | ${check.met ? "yes" : "**no**"} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
