import { recordChange } from "../curation/curation.service";
import { bumpGraphVersion } from "../neo4j/graph-version";
import type { Logger } from "../logger";
import { policyLinkTypes, policyStartTypes, relationTypes } from "../model/model";
import { cypher, cypherVariants, type CypherQuery } from "../neo4j/cypher-file";
import type { Executor, QueryRunner } from "../neo4j/executor";
import { validateSeed } from "./seed-checks";
import { streamRecords } from "./seed-records";
import {
  pluralOf,
  recordKinds,
  type PolicyLinkRecord,
  type PolicyRecord,
  type RecordKind,
  type RelationRecord,
  type SeedRecord,
} from "./seed-types";

export { SeedValidationError } from "./seed-types";

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
  /**
   * Called after each batch written: `done` counts the input's records written or found unchanged so far, of
   * `total`, the records the input holds. At the end `done` equals `total`.
   */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Timeout of each seeding transaction. Default 30 minutes. */
  timeoutMs?: number;
  /**
   * Up to this many records written (default DEFAULT_TRANSACTION_RECORDS), the run is one transaction: all of it
   * lands or nothing. Beyond, it commits in transactions of this many records, in the order that keeps every
   * commit consistent (sources and actors before the relations and citations that point at them, removals last);
   * a run cut short leaves the records committed so far, and running it again writes only the rest. Infinity
   * forces one transaction, which needs a Neo4j heap in proportion to the seed.
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
 * The seed's records go in three lanes: sources and actors, which the others point at; the records tied to
 * actors; and the citations, which touch only sources and citations, so the last two never wait for each other's
 * locks.
 */
type Lane = "foundations" | "records" | "citations";
const laneOf = (kind: RecordKind): Lane =>
  kind === "source" || kind === "actor" ? "foundations" : kind === "citation" ? "citations" : "records";

/**
 * Validates, then writes while it reads. A first reading of the files validates every row and keeps only ids
 * (see validateSeed), so invalid input writes nothing. A second reading builds the records as it streams
 * (see streamRecords), compares each with the digest the dataset holds, and sends only new and changed ones, so
 * running it twice writes nothing the second time; records of the dataset the input no longer holds are removed
 * at the end. An input of at most `transactionRecords` records is compared and written in one transaction; a
 * larger one is too when at most that many records turn out new or changed, and else commits in transactions of
 * that size (see SeedOptions): sources and actors first, then the other records and the citations in two
 * streams side by side, removals and the audit record last.
 */
export async function seed(executor: Executor, options: SeedOptions, logger: Logger): Promise<SeedReport> {
  const validated = await validateSeed(options.dirs);
  const dataset = options.dataset ?? "seeds";
  const limit = options.transactionRecords ?? DEFAULT_TRANSACTION_RECORDS;
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const total = recordKinds.reduce((sum, kind) => sum + validated.records[kind], 0);
  const compareWith = async (tx: QueryRunner) =>
    new Comparison(await tx.run<Stored>(datasetDigests, { dataset }), dataset, options.dryRun ?? false);

  if (options.dryRun) {
    const report = await executor.transaction("READ", "seed:dry-run", async (tx) => {
      const comparison = await compareWith(tx);
      await streamRecords(validated, (kind, record) => void comparison.needsWrite(kind, record));
      return comparison.report;
    });
    logger.info({ dataset, dryRun: true }, "seed compared (dry run)");
    return report;
  }
  let report: SeedReport;
  if (total <= limit) {
    // Small enough to read the dataset inside the one transaction, so the comparison and the writes see the same graph.
    report = await executor.transaction(
      "WRITE",
      "seed",
      async (tx) => {
        const comparison = await compareWith(tx);
        const progress = progressOf(comparison, total, options);
        const writer = new RecordWriter(dataset, BATCH, async (_lane, step) => {
          await tx.run(step.query, step.params);
          progress(step.records);
        });
        await streamRecords(validated, (kind, record) => (comparison.needsWrite(kind, record) ? writer.write(kind, record) : undefined));
        await writer.end();
        for (const step of comparison.removalSteps()) await tx.run(step.query, step.params);
        progress(0);
        return finish(tx, comparison.report, comparison.written, 1);
      },
      { timeoutMs },
    );
  } else {
    const comparison = await executor.transaction("READ", "seed:compare", compareWith);
    const commits = new StagedCommits(executor, limit, timeoutMs, progressOf(comparison, total, options));
    const writer = new RecordWriter(dataset, Math.min(BATCH, limit), (lane, step) => commits.take(lane, step));
    report = await commits.run(
      async () => {
        await streamRecords(validated, (kind, record) => (comparison.needsWrite(kind, record) ? writer.write(kind, record) : undefined));
        await writer.end();
      },
      async (tx, transactions) => {
        for (const step of comparison.removalSteps()) await tx.run(step.query, step.params);
        return finish(tx, comparison.report, comparison.written, transactions);
      },
    );
  }
  logger.info({ dataset, rowsWritten: report.rowsWritten, transactions: report.transactions }, "seeded");
  return report;
}

/** The run's audit record, in the run's last transaction: a seed that rolls back leaves no record either. */
async function finish(tx: QueryRunner, report: SeedReport, written: number, transactions: number): Promise<SeedReport> {
  const done = { ...report, rowsWritten: written, transactions };
  await recordChange(tx, "seeder", { action: "seed", entityKind: "dataset", entityId: report.dataset, before: null, after: done });
  return done;
}

/** Reports progress: `written` more records written, plus those found unchanged so far. */
function progressOf(comparison: Comparison, total: number, options: SeedOptions): (written: number) => void {
  let written = 0;
  return (records) => {
    written += records;
    options.onProgress?.({ done: written + comparison.unchanged, total });
  };
}

type Stored = { kind: RecordKind; id: string; relType: string | null; digest: string | null };

/**
 * The dataset's records as the graph holds them, sorted against the input as it streams: each input record is
 * added, changed or unchanged, and what is left at the end is removed.
 */
class Comparison {
  written = 0;
  unchanged = 0;
  private readonly stored = new Map<RecordKind, Map<string, Stored>>(recordKinds.map((kind) => [kind, new Map()]));
  private readonly counts: SeedReport;

  constructor(stored: Stored[], dataset: string, dryRun: boolean) {
    for (const record of stored) this.stored.get(record.kind)!.set(record.id, record);
    this.counts = { dataset, dryRun, rowsWritten: 0, transactions: 0 } as SeedReport;
    for (const kind of recordKinds) this.counts[kind] = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  }

  /** The counts so far; once the input has streamed, what is left of the dataset counts as removed. */
  get report(): SeedReport {
    for (const kind of recordKinds) this.counts[kind].removed = this.stored.get(kind)!.size;
    return this.counts;
  }

  /** Whether the record is new or changed, so it is to be written; counts it either way. */
  needsWrite(kind: RecordKind, record: SeedRecord): boolean {
    const ofKind = this.stored.get(kind)!;
    const stored = ofKind.get(record.id);
    ofKind.delete(record.id);
    const diff = this.counts[kind];
    if (stored === undefined) diff.added++;
    else if (stored.digest !== record.digest) diff.changed++;
    else {
      diff.unchanged++;
      this.unchanged++;
      return false;
    }
    this.written++;
    return true;
  }

  /** The removals of what the input no longer holds, once it has all streamed: what points at others goes first. */
  removalSteps(): Step[] {
    const left = (kind: RecordKind) => [...this.stored.get(kind)!.values()];
    const steps: Step[] = [];
    const remove = (query: CypherQuery, ids: string[]) => ids.length > 0 && steps.push({ query, params: { ids }, records: 0 });
    for (const kind of ["citation", "policy", "event", "statement", "pillar", "plan", "round"] as const)
      remove(
        removeRecords.get({ label: recordLabel[kind] }),
        left(kind).map((r) => r.id),
      );
    for (const type of relationTypes)
      remove(
        removeRelations.get({ type }),
        left("relation")
          .filter((r) => r.relType === type)
          .map((r) => r.id),
      );
    remove(
      removeUnlinked.get({ label: "Actor" }),
      left("actor").map((r) => r.id),
    );
    remove(
      removeUnlinked.get({ label: "Source" }),
      left("source").map((r) => r.id),
    );
    return steps;
  }
}

/**
 * Turns records into UNWIND steps of `batchSize` rows, one statement per kind (per type for relations and policy
 * links), and hands each step to `out` with its lane, in an order that keeps every step's targets written before
 * it: a kind's last partial batch goes out before the next kind's first (the citations, which point at sources
 * only, aside), and an instrument's links after every instrument, since a link may end at a later one.
 */
class RecordWriter {
  private readonly buffers = new Map<CypherQuery, { kind: RecordKind; rows: unknown[]; extra: Record<string, unknown> }>();
  private current: RecordKind | null = null;
  private readonly links: PolicyLinkRecord[] = [];

  constructor(
    private readonly dataset: string,
    private readonly batchSize: number,
    private readonly out: (lane: Lane, step: Step) => Promise<void>,
  ) {}

  async write(kind: RecordKind, record: SeedRecord): Promise<void> {
    // The first record past the sources and actors ends them, a citation too: the citations' lane waits for them.
    if (kind === "citation" ? laneOf(this.current ?? "citation") === "foundations" : kind !== this.current) {
      await this.endKind();
      this.current = kind === "citation" ? null : kind;
    }
    if (kind === "relation") await this.add(kind, upsertRelations.get({ type: (record as RelationRecord).type }), record);
    else if (kind === "policy") {
      this.links.push(...(record as PolicyRecord).links);
      await this.add(kind, upsertPolicies, record, { startTypes: policyStartTypes });
    } else await this.add(kind, upsert[kind], record);
  }

  /** Sends what is left. */
  async end(): Promise<void> {
    await this.endKind();
    this.current = null;
    await this.flush("citation");
  }

  private async add(kind: RecordKind, query: CypherQuery, row: unknown, extra: Record<string, unknown> = {}): Promise<void> {
    let buffer = this.buffers.get(query);
    if (!buffer) {
      buffer = { kind, rows: [], extra };
      this.buffers.set(query, buffer);
    }
    buffer.rows.push(row);
    if (buffer.rows.length >= this.batchSize) await this.send(query);
  }

  private async endKind(): Promise<void> {
    if (this.current === null) return;
    await this.flush(this.current);
    if (this.current === "policy") {
      for (const type of policyLinkTypes)
        for (const link of this.links.filter((l) => l.type === type)) await this.add("policy", upsertPolicyLinks.get({ type }), link);
      this.links.length = 0;
      await this.flush("policy");
    }
  }

  private async flush(kind: RecordKind): Promise<void> {
    for (const [query, buffer] of this.buffers) if (buffer.kind === kind && buffer.rows.length > 0) await this.send(query);
  }

  private async send(query: CypherQuery): Promise<void> {
    const buffer = this.buffers.get(query)!;
    const rows = buffer.rows;
    buffer.rows = [];
    await this.out(laneOf(buffer.kind), { query, params: { dataset: this.dataset, rows, ...buffer.extra }, records: rows.length });
  }
}

/**
 * Commits the steps of a seed larger than one transaction. Until more than `limit` records are to be written it
 * only holds them, so a change that turns out small still commits in one transaction with the removals. Past
 * that, each lane groups its steps into transactions of at most `limit` records (a step is never split: it holds
 * at most `limit`): the sources and actors commit first; then the two other lanes commit side by side, so Neo4j
 * works on both cores while the stream goes on. A lane holds at most the group being committed and the one being
 * filled: a stream that outpaces the commits waits for them.
 */
class StagedCommits {
  private holding: { lane: Lane; step: Step }[] | null = [];
  private held = 0;
  private readonly lanes = Object.fromEntries(
    (["foundations", "records", "citations"] as const).map((lane) => [
      lane,
      { group: [] as Step[], records: 0, inFlight: null as Promise<void> | null },
    ]),
  ) as Record<Lane, { group: Step[]; records: number; inFlight: Promise<void> | null }>;
  private foundationsDone: Promise<void> | null = null;
  private commits = 0;
  private failure: unknown = null;

  constructor(
    private readonly executor: Executor,
    private readonly limit: number,
    private readonly timeoutMs: number,
    private readonly progress: (written: number) => void,
  ) {}

  /** Runs `stream`, whose steps come through `take`, then commits the rest and `last` in the run's last transaction. */
  async run(stream: () => Promise<void>, last: (tx: QueryRunner, transactions: number) => Promise<SeedReport>): Promise<SeedReport> {
    try {
      await stream();
      if (this.holding && this.held <= this.limit) {
        const steps = this.holding;
        const report = await this.executor.transaction(
          "WRITE",
          "seed",
          async (tx) => {
            for (const { step } of steps) await tx.run(step.query, step.params);
            return last(tx, 1);
          },
          { timeoutMs: this.timeoutMs },
        );
        this.progress(this.held);
        return report;
      }
      await this.release();
      await this.sealFoundations();
      for (const lane of ["records", "citations"] as const) await this.commitGroup(lane);
      for (const lane of Object.values(this.lanes)) await lane.inFlight;
      const transactions = this.commits + 1;
      const report = await this.executor.transaction("WRITE", `seed:${transactions}/${transactions}`, (tx) => last(tx, transactions), {
        timeoutMs: this.timeoutMs,
      });
      this.progress(0);
      return report;
    } catch (error) {
      await Promise.allSettled(Object.values(this.lanes).map((lane) => lane.inFlight));
      throw error;
    }
  }

  async take(lane: Lane, step: Step): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.holding) {
      this.holding.push({ lane, step });
      this.held += step.records;
      if (this.held > this.limit) await this.release();
      return;
    }
    if (lane === "foundations" && this.foundationsDone) throw new Error("the seed streamed a source or actor after the other records");
    if (lane !== "foundations") await this.sealFoundations();
    const state = this.lanes[lane];
    if (state.group.length > 0 && state.records + step.records > this.limit) await this.commitGroup(lane);
    state.group.push(step);
    state.records += step.records;
  }

  /** Stops holding: the held steps go to their lanes. */
  private async release(): Promise<void> {
    const held = this.holding ?? [];
    this.holding = null;
    for (const { lane, step } of held) await this.take(lane, step);
  }

  /** The sources and actors are all streamed: their last group commits, and the other lanes' commits wait for it. */
  private async sealFoundations(): Promise<void> {
    if (this.foundationsDone) return;
    await this.commitGroup("foundations");
    this.foundationsDone = this.lanes.foundations.inFlight ?? Promise.resolve();
  }

  private async commitGroup(lane: Lane): Promise<void> {
    const state = this.lanes[lane];
    if (state.group.length === 0) return;
    const group = state.group;
    const records = state.records;
    state.group = [];
    state.records = 0;
    const previous = state.inFlight;
    const before = lane === "foundations" ? null : this.foundationsDone;
    const index = ++this.commits;
    state.inFlight = (async () => {
      await previous;
      await before;
      await this.executor.transaction(
        "WRITE",
        `seed:${index}`,
        async (tx) => {
          for (const step of group) await tx.run(step.query, step.params);
          // Each commit changes the graph, so each raises its version: a cut-short run leaves no cached answer stale.
          await bumpGraphVersion(tx);
        },
        { timeoutMs: this.timeoutMs },
      );
      this.progress(records);
    })();
    state.inFlight.catch((error: unknown) => {
      this.failure ??= error;
    });
    await previous;
  }
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
