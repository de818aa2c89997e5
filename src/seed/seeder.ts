import { recordChange } from "../curation/curation.service";
import { bumpGraphVersion } from "../neo4j/graph-version";
import type { Logger } from "../logger";
import { policyLinkTypes, policyStartTypes, relationTypes } from "../model/model";
import { cypher, cypherVariants, type CypherQuery } from "../neo4j/cypher-file";
import type { Executor, QueryRunner } from "../neo4j/executor";
import { planSeed, pluralOf, recordKinds, type PolicyRecord, type RecordKind, type SeedPlan, type SeedRecord } from "./seed-plan";

export { SeedValidationError } from "./seed-plan";

const countActors = cypher("seed/count-actors");
const datasetDigests = cypher("seed/dataset-digests");
const upsert: Record<Exclude<RecordKind, "relation" | "policy">, CypherQuery> = {
  source: cypher("seed/upsert-sources"),
  actor: cypher("seed/upsert-actors"),
  round: cypher("seed/upsert-rounds"),
  plan: cypher("seed/upsert-plans"),
  pillar: cypher("seed/upsert-pillars"),
  statement: cypher("seed/upsert-statements"),
  event: cypher("seed/upsert-events"),
  citation: cypher("seed/upsert-citations"),
};
const upsertRelations = cypherVariants("seed/upsert-relations", { type: relationTypes });
const upsertPolicies = cypher("seed/upsert-policies");
const upsertPolicyLinks = cypherVariants("seed/upsert-policy-links", { type: policyLinkTypes });
const removeRelations = cypherVariants("seed/remove-relations", { type: relationTypes });
const recordLabel = {
  round: "FundingRound",
  plan: "Plan",
  pillar: "Pillar",
  statement: "Statement",
  event: "Event",
  policy: "Policy",
  citation: "Citation",
} as const;
const removeRecords = cypherVariants("seed/remove-records", { label: Object.values(recordLabel) });
const removeUnlinked = cypherVariants("seed/remove-unlinked", { label: ["Actor", "Source"] });

/** Rows per UNWIND: large enough to amortise the round trip, small enough to keep each statement's memory low. */
const BATCH = 5_000;

/**
 * The most records one seed transaction writes. A seed that writes more commits in several transactions of this
 * size: a transaction's changes live in Neo4j's heap until it commits, and 100,000 relations with their
 * citations overflow a 2 GB heap in one. 50,000 records take about 300 MB of transaction state.
 */
export const DEFAULT_TRANSACTION_RECORDS = 50_000;

export interface SeedOptions {
  /** Seed folders, layered: a later folder's row replaces an earlier one's with the same key. */
  dirs: readonly string[];
  /**
   * The name the written records carry. A run makes the graph's records of this dataset equal to the input:
   * it adds, changes and removes only those. Default "seeds".
   */
  dataset?: string;
  /** Validate and compare only; write nothing. */
  dryRun?: boolean;
  /** Called after each batch written. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Timeout of each seeding transaction. Default 30 minutes. */
  timeoutMs?: number;
  /**
   * Up to this many records (default DEFAULT_TRANSACTION_RECORDS), the run is one transaction: all of it lands or
   * nothing. Beyond, it commits in transactions of this many records, in the order that keeps every commit
   * consistent (sources and actors before the relations and citations that point at them, removals last); a run
   * cut short leaves the records committed so far, and running it again writes only the rest. Infinity forces
   * one transaction, which needs a Neo4j heap in proportion to the seed.
   */
  transactionRecords?: number;
}

export interface KindDiff {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
}

/** What a run added, changed, left alone and removed, per record kind, and in how many transactions it committed. */
export type SeedReport = Record<RecordKind, KindDiff> & { dataset: string; dryRun: boolean; rowsWritten: number; transactions: number };

/** One statement of a seed run, with the number of records it writes (0 for a removal). */
interface Step {
  query: CypherQuery;
  params: Record<string, unknown>;
  records: number;
}

/**
 * Validates, compares with what the dataset holds, then writes: in one transaction when the change is at most
 * `transactionRecords` records, else in transactions of that size (see SeedOptions), sources and actors first,
 * then relations and citations in two streams side by side, removals and the audit record last.
 * Only new and changed records are sent, so running it twice writes nothing the second time.
 * Invalid input writes nothing in either case: every row is checked before the first write.
 */
export async function seed(executor: Executor, options: SeedOptions, logger: Logger): Promise<SeedReport> {
  const plan = planSeed(options.dirs);
  const dataset = options.dataset ?? "seeds";
  const limit = options.transactionRecords ?? DEFAULT_TRANSACTION_RECORDS;
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const compareWith = async (tx: QueryRunner) =>
    compare(plan, await tx.run<Stored>(datasetDigests, { dataset }), dataset, options.dryRun ?? false);

  if (options.dryRun) {
    const { report } = await executor.transaction("READ", "seed:dry-run", compareWith);
    logger.info({ dataset, dryRun: true }, "seed compared (dry run)");
    return report;
  }
  // Read the dataset first; when the change fits one transaction, read it again inside that transaction, so the
  // comparison and the writes see the same graph.
  const first = await executor.transaction("READ", "seed:compare", compareWith);
  let done = 0;
  const progress = (records: number) => {
    done += records;
    options.onProgress?.({ done, total: first.total });
  };
  let report: SeedReport;
  if (first.total <= limit) {
    report = await executor.transaction(
      "WRITE",
      "seed",
      async (tx) => {
        done = 0;
        const current = await compareWith(tx);
        for (const step of [...writeSteps(current.toWrite, dataset, BATCH), ...removalSteps(current.toRemove)]) {
          await tx.run(step.query, step.params);
          progress(step.records);
        }
        return finish(tx, current.report, current.total, 1);
      },
      { timeoutMs },
    );
  } else {
    // What others point at commits first. Then two streams of transactions run side by side, so Neo4j works on
    // both cores: the relations and the records tied to actors, and the citations, which touch only sources and
    // citations, so the two never wait for each other's locks. Removals and the audit record come last.
    const batch = Math.min(BATCH, limit);
    const foundations = inTransactions(writeSteps(first.toWrite, dataset, batch, ["source", "actor"]), limit);
    const streams = [
      inTransactions(
        writeSteps(first.toWrite, dataset, batch, ["round", "relation", "plan", "pillar", "statement", "event", "policy"]),
        limit,
      ),
      inTransactions(writeSteps(first.toWrite, dataset, batch, ["citation"]), limit),
    ];
    const transactions = foundations.length + streams[0]!.length + streams[1]!.length + 1;
    let committed = 0;
    const commit = async (part: Step[]) => {
      const index = ++committed;
      await executor.transaction(
        "WRITE",
        `seed:${index}/${transactions}`,
        async (tx) => {
          for (const step of part) await tx.run(step.query, step.params);
          // Each commit changes the graph, so each raises its version: a cut-short run leaves no cached answer stale.
          await bumpGraphVersion(tx);
        },
        { timeoutMs },
      );
      progress(part.reduce((sum, step) => sum + step.records, 0));
    };
    for (const part of foundations) await commit(part);
    const outcomes = await Promise.allSettled(
      streams.map(async (parts) => {
        for (const part of parts) await commit(part);
      }),
    );
    const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    if (failed) throw failed.reason;
    await executor.transaction(
      "WRITE",
      `seed:${transactions}/${transactions}`,
      async (tx) => {
        for (const step of removalSteps(first.toRemove)) await tx.run(step.query, step.params);
        await finish(tx, first.report, first.total, transactions);
      },
      { timeoutMs },
    );
    report = { ...first.report, rowsWritten: first.total, transactions };
  }
  logger.info({ dataset, rowsWritten: report.rowsWritten, transactions: report.transactions }, "seeded");
  return report;
}

/** The run's audit record, in the run's last transaction: a seed that rolls back leaves no record either. */
async function finish(tx: QueryRunner, report: SeedReport, total: number, transactions: number): Promise<SeedReport> {
  const done = { ...report, rowsWritten: total, transactions };
  await recordChange(tx, "seeder", { action: "seed", entityKind: "dataset", entityId: report.dataset, before: null, after: done });
  return done;
}

/** The writes of `kinds` (default all), kind by kind in dependency order, each in UNWIND batches of `batchSize` rows. */
function writeSteps(
  toWrite: { [K in RecordKind]: SeedPlan[K] },
  dataset: string,
  batchSize: number,
  kinds: readonly RecordKind[] = recordKinds,
): Step[] {
  const steps: Step[] = [];
  const batches = (query: CypherQuery, rows: unknown[], extra: Record<string, unknown> = {}) => {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      steps.push({ query, params: { dataset, rows: batch, ...extra }, records: batch.length });
    }
  };
  for (const kind of recordKinds.filter((k) => kinds.includes(k))) {
    if (kind === "relation") {
      for (const type of relationTypes)
        batches(
          upsertRelations.get({ type }),
          toWrite.relation.filter((r) => r.type === type),
        );
    } else if (kind === "policy") {
      // Every instrument first, then the links, since a link may end at an instrument of a later batch.
      const policies: PolicyRecord[] = toWrite.policy;
      batches(upsertPolicies, policies, { startTypes: policyStartTypes });
      for (const type of policyLinkTypes)
        batches(
          upsertPolicyLinks.get({ type }),
          policies.flatMap((p) => p.links.filter((l) => l.type === type)),
        );
    } else {
      batches(upsert[kind], toWrite[kind]);
    }
  }
  return steps;
}

/** The removals, the other way round: what points at others goes first. */
function removalSteps(toRemove: Record<RecordKind, Stored[]>): Step[] {
  const steps: Step[] = [];
  const remove = (query: CypherQuery, ids: string[]) => ids.length > 0 && steps.push({ query, params: { ids }, records: 0 });
  for (const kind of ["citation", "policy", "event", "statement", "pillar", "plan", "round"] as const)
    remove(
      removeRecords.get({ label: recordLabel[kind] }),
      toRemove[kind].map((r) => r.id),
    );
  for (const type of relationTypes)
    remove(
      removeRelations.get({ type }),
      toRemove.relation.filter((r) => r.relType === type).map((r) => r.id),
    );
  remove(
    removeUnlinked.get({ label: "Actor" }),
    toRemove.actor.map((r) => r.id),
  );
  remove(
    removeUnlinked.get({ label: "Source" }),
    toRemove.source.map((r) => r.id),
  );
  return steps;
}

/** Consecutive groups of steps of at most `limit` records each (a step is never split: it holds at most `limit`). */
function inTransactions(steps: Step[], limit: number): Step[][] {
  const groups: Step[][] = [];
  let current: Step[] = [];
  let records = 0;
  for (const step of steps) {
    if (current.length > 0 && records + step.records > limit) {
      groups.push(current);
      current = [];
      records = 0;
    }
    current.push(step);
    records += step.records;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

type Stored = { kind: RecordKind; id: string; relType: string | null; digest: string | null };

function compare(plan: SeedPlan, stored: Stored[], dataset: string, dryRun: boolean) {
  const report = { dataset, dryRun, rowsWritten: 0, transactions: 0 } as SeedReport;
  const toWrite = {} as { [K in RecordKind]: SeedPlan[K] };
  const toRemove = {} as Record<RecordKind, Stored[]>;
  for (const kind of recordKinds) {
    const storedOfKind = new Map(stored.filter((s) => s.kind === kind).map((s) => [s.id, s]));
    const planned: SeedRecord[] = plan[kind];
    const plannedIds = new Set(planned.map((r) => r.id));
    const added = planned.filter((r) => !storedOfKind.has(r.id));
    const changed = planned.filter((r) => storedOfKind.has(r.id) && storedOfKind.get(r.id)!.digest !== r.digest);
    toWrite[kind] = [...added, ...changed] as never;
    toRemove[kind] = [...storedOfKind.values()].filter((s) => !plannedIds.has(s.id));
    report[kind] = {
      added: added.length,
      changed: changed.length,
      unchanged: planned.length - added.length - changed.length,
      removed: toRemove[kind].length,
    };
  }
  const total = recordKinds.reduce((sum, kind) => sum + toWrite[kind].length, 0);
  return { report, toWrite, toRemove, total };
}

/** Whether the database holds no actor yet: the local database seeds itself on its first start. */
export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.run<{ actors: number }>("READ", countActors);
  return (row?.actors ?? 0) === 0;
}

/** One line per kind, for the command line: "relations: 412 added, 0 changed, 0 unchanged, 0 removed". */
export function formatReport(report: SeedReport): string {
  const lines = recordKinds.map((kind) => {
    const d = report[kind];
    return `  ${pluralOf(kind)}: ${d.added} added, ${d.changed} changed, ${d.unchanged} unchanged, ${d.removed} removed`;
  });
  const how = report.dryRun
    ? " (dry run: nothing written)"
    : report.transactions > 1
      ? ` (committed in ${report.transactions} transactions)`
      : "";
  return `${report.dryRun ? "would seed" : "seeded"} dataset "${report.dataset}"${how}:\n${lines.join("\n")}`;
}
