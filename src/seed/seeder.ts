import { recordChange } from "../curation/curation.service";
import type { Logger } from "../logger";
import { relationTypes } from "../model/model";
import { cypher, cypherPerName, type CypherQuery } from "../neo4j/cypher-file";
import type { Executor, QueryRunner } from "../neo4j/executor";
import { planSeed, recordKinds, type RecordKind, type SeedPlan, type SeedRecord } from "./seed-plan";

export { SeedValidationError } from "./seed-plan";

const countActors = cypher("seed/count-actors");
const datasetDigests = cypher("seed/dataset-digests");
const upsert: Record<Exclude<RecordKind, "relation">, CypherQuery> = {
  source: cypher("seed/upsert-sources"),
  actor: cypher("seed/upsert-actors"),
  plan: cypher("seed/upsert-plans"),
  pillar: cypher("seed/upsert-pillars"),
  statement: cypher("seed/upsert-statements"),
  event: cypher("seed/upsert-events"),
  citation: cypher("seed/upsert-citations"),
};
const upsertRelations = cypherPerName("seed/upsert-relations", "REL_TYPE", relationTypes);
const removeRelations = cypherPerName("seed/remove-relations", "REL_TYPE", relationTypes);
const recordLabel = { plan: "Plan", pillar: "Pillar", statement: "Statement", event: "Event", citation: "Citation" } as const;
const removeRecords = cypherPerName("seed/remove-records", "NODE_LABEL", Object.values(recordLabel));
const removeUnlinked = cypherPerName("seed/remove-unlinked", "NODE_LABEL", ["Actor", "Source"]);

/** Rows per UNWIND: large enough to amortise the round trip, small enough to keep each statement's memory low. */
const BATCH = 5_000;

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
  /** Timeout of the one seeding transaction. Default 30 minutes. */
  timeoutMs?: number;
}

export interface KindDiff {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
}

/** What a run added, changed, left alone and removed, per record kind. */
export type SeedReport = Record<RecordKind, KindDiff> & { dataset: string; dryRun: boolean; rowsWritten: number };

/**
 * Validates, compares with what the dataset holds, then writes in one transaction: all of it lands, or nothing.
 * Only new and changed records are sent, so running it twice writes nothing the second time.
 */
export async function seed(executor: Executor, options: SeedOptions, logger: Logger): Promise<SeedReport> {
  const plan = planSeed(options.dirs);
  const dataset = options.dataset ?? "seeds";
  const dryRun = options.dryRun ?? false;
  const work = async (tx: QueryRunner): Promise<SeedReport> => {
    const stored = await tx.run<{ kind: RecordKind; id: string; relType: string | null; digest: string | null }>(datasetDigests, { dataset });
    const { report, toWrite, toRemove } = compare(plan, stored, dataset, dryRun);
    if (dryRun) return report;
    const total = recordKinds.reduce((sum, kind) => sum + toWrite[kind].length, 0);
    let done = 0;
    const send = async (query: CypherQuery, rows: unknown[]) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        await tx.run(query, { dataset, rows: batch });
        done += batch.length;
        options.onProgress?.({ done, total });
      }
    };
    for (const kind of recordKinds) {
      if (kind === "relation") {
        for (const type of relationTypes) await send(upsertRelations.get(type)!, toWrite.relation.filter((r) => r.type === type));
      } else {
        await send(upsert[kind], toWrite[kind]);
      }
    }
    // Removal runs the other way: what points at others goes first.
    for (const kind of ["citation", "event", "statement", "pillar", "plan"] as const) {
      if (toRemove[kind].length > 0) await tx.run(removeRecords.get(recordLabel[kind])!, { ids: toRemove[kind].map((r) => r.id) });
    }
    for (const type of relationTypes) {
      const ids = toRemove.relation.filter((r) => r.relType === type).map((r) => r.id);
      if (ids.length > 0) await tx.run(removeRelations.get(type)!, { ids });
    }
    if (toRemove.actor.length > 0) await tx.run(removeUnlinked.get("Actor")!, { ids: toRemove.actor.map((r) => r.id) });
    if (toRemove.source.length > 0) await tx.run(removeUnlinked.get("Source")!, { ids: toRemove.source.map((r) => r.id) });
    // The run's audit record, in its own transaction: a seed that rolls back leaves no record either.
    await recordChange(tx, "seeder", { action: "seed", entityKind: "dataset", entityId: dataset, before: null, after: { ...report, rowsWritten: total } });
    return { ...report, rowsWritten: total };
  };
  const report = dryRun ? await executor.transaction("READ", "seed:dry-run", work) : await executor.transaction("WRITE", "seed", work, { timeoutMs: options.timeoutMs ?? 30 * 60_000 });
  logger.info({ dataset, dryRun, rowsWritten: report.rowsWritten }, dryRun ? "seed compared (dry run)" : "seeded");
  return report;
}

type Stored = { kind: RecordKind; id: string; relType: string | null; digest: string | null };

function compare(plan: SeedPlan, stored: Stored[], dataset: string, dryRun: boolean) {
  const report = { dataset, dryRun, rowsWritten: 0 } as SeedReport;
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
    report[kind] = { added: added.length, changed: changed.length, unchanged: planned.length - added.length - changed.length, removed: toRemove[kind].length };
  }
  return { report, toWrite, toRemove };
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
    return `  ${kind}s: ${d.added} added, ${d.changed} changed, ${d.unchanged} unchanged, ${d.removed} removed`;
  });
  return `${report.dryRun ? "would seed" : "seeded"} dataset "${report.dataset}"${report.dryRun ? " (dry run: nothing written)" : ""}:\n${lines.join("\n")}`;
}
