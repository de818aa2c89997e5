import { readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { relationTypes } from "../../src/model/model";
import { templateVariants } from "../../src/neo4j/cypher-file";
import { projectRoot } from "../../src/project-root";

/**
 * The other side of the seeding benchmark: Neo4j's own bulk path, `LOAD CSV ... CALL {} IN TRANSACTIONS`, reading
 * the seed-format files bench/generate-seed.ts writes (sources.csv, actors.csv, relations.csv) and writing the
 * graph the seeder (src/seed/seeder.ts) writes for them: the same nodes, relationships, ids and properties.
 *
 * What it does not do, and the seeder does (the comparison is "the seeder with full validation" against
 * "Neo4j's raw loader"):
 * - no validation: not the input classes' row checks (vocabularies, partial dates, country codes, numbers), not
 *   the checks across rows (ids resolve, actor kinds fit the relation type, valid_to after valid_from, unique
 *   ids). A relation whose actor or source is missing is skipped without a word; a bad number becomes null;
 * - no digest on any record, no searchKeys on actors (the fingerprint of a name the exact-name ranking reads);
 * - cells are not trimmed (the seeder's CSV parser trims them; bench/generate-seed.ts writes none to trim);
 * - no layering of seed folders, no comparison with what the dataset holds: nothing is removed, and a changed
 *   relation endpoint is not moved (the seeder deletes and recreates it);
 * - not one transaction: every batch commits on its own, so a failure leaves the batches before it written;
 * - no (:Change) audit record of the run;
 * - only the three files: aliases.csv, regimes.csv, citations.csv and the plan, event and statement files
 *   are not read.
 */

/** Rows per inner transaction, by measurement on the 100k-relation set (bench/import/README.md). */
export const LOAD_CSV_BATCH_ROWS = 10_000;
/** emptyDatabase's batch: deletes of hub actors with many relationships stay well inside a 1 GB heap. */
const DELETE_BATCH_ROWS = 10_000;

export interface LoadCsvImportOptions {
  /** The database every session names. */
  database: string;
  /** The files as LOAD CSV reads them, e.g. file:///relations.csv (inside the server's import directory). */
  files: { sources: string; actors: string; relations: string };
  /** The `dataset` property every record carries. Default "seeds", the seeder's default. */
  dataset?: string;
  /** Rows per inner transaction. Default LOAD_CSV_BATCH_ROWS. */
  batchRows?: number;
  /** Timeout of each statement (the outer transaction lasts the whole file). Default 30 minutes, as the seeder's. */
  timeoutMs?: number;
}

export interface LoadCsvStep {
  /** The CSV file the statement reads ("relations.csv"). */
  file: string;
  /** What the statement writes: "Source", "Actor", "relationships", "Citation". */
  writes: string;
  /** Data rows the statement read (for relationships, the rows of the model's types, i.e. all of them). */
  rows: number;
  ms: number;
}

export interface LoadCsvImportResult {
  /** Data rows of the three files, each file once, headers excluded: what the seeder reads. */
  rows: number;
  /** Wall time of all the statements. */
  ms: number;
  /** In the order they ran: sources, actors, relationships (all types), citations. */
  steps: LoadCsvStep[];
}

const cypherDir = join(projectRoot, "bench", "import", "cypher");
const loadSources = readCypher("load-sources");
const loadActors = readCypher("load-actors");
const loadCitations = readCypher("load-citations");
const emptyDatabaseQuery = readCypher("empty-database");
/** One text per relation type: a type cannot be a parameter, so it comes only from schema/model.json's list. */
/** One text per relation type of the model, made by the loader of cypher/ (its `type` slot). */
const loadRelationsVariants = templateVariants(
  "bench/import/load-relations",
  "bench/import/cypher/load-relations.cypher",
  readFileSync(join(cypherDir, "load-relations.cypher"), "utf8"),
  { type: relationTypes },
);
const loadRelations = new Map(relationTypes.map((type) => [type, loadRelationsVariants.get({ type }).text]));

/**
 * Loads the three files in order (what others point at first) and times each statement. Each runs as an
 * auto-commit transaction (`session.run`): CALL { } IN TRANSACTIONS commits its own batches and is refused
 * inside an explicit transaction. The relationship step runs one statement per model type over the same file.
 */
export async function importWithLoadCsv(driver: Driver, options: LoadCsvImportOptions): Promise<LoadCsvImportResult> {
  const params = { dataset: options.dataset ?? "seeds", batchSize: neo4j.int(options.batchRows ?? LOAD_CSV_BATCH_ROWS) };
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  const runCounted = async (name: string, text: string, extra: Record<string, unknown>): Promise<number> => {
    const result = await session.run<{ rows: number }>(
      text,
      { ...params, ...extra },
      { timeout: options.timeoutMs ?? 30 * 60_000, metadata: { app: "ai-policy-graph", query: `bench/import/${name}` } },
    );
    return neo4j.integer.toNumber(result.records[0]!.get("rows"));
  };
  const steps: LoadCsvStep[] = [];
  const timed = async (file: string, writes: string, run: () => Promise<number>) => {
    const started = performance.now();
    const rows = await run();
    steps.push({ file, writes, rows, ms: Math.round(performance.now() - started) });
  };
  try {
    const started = performance.now();
    await timed("sources.csv", "Source", () => runCounted("load-sources", loadSources, { url: options.files.sources }));
    await timed("actors.csv", "Actor", () => runCounted("load-actors", loadActors, { url: options.files.actors }));
    await timed("relations.csv", "relationships", async () => {
      let rows = 0;
      for (const [type, text] of loadRelations)
        rows += await runCounted(`load-relations:${type}`, text, { url: options.files.relations, type });
      return rows;
    });
    await timed("relations.csv", "Citation", () => runCounted("load-citations", loadCitations, { url: options.files.relations }));
    const ms = Math.round(performance.now() - started);
    // The citation step reads every row of relations.csv, so it counts that file's rows once.
    const rows = steps[0]!.rows + steps[1]!.rows + steps[3]!.rows;
    return { rows, ms, steps };
  } finally {
    await session.close();
  }
}

/**
 * Deletes every node and relationship in batches, for the benchmark to reset the database between loaders.
 * Constraints, indexes and the record of applied migrations (:SchemaMigration) stay.
 */
export async function emptyDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(
      emptyDatabaseQuery,
      { batchSize: neo4j.int(DELETE_BATCH_ROWS) },
      { timeout: 30 * 60_000, metadata: { app: "ai-policy-graph", query: "bench/import/empty-database" } },
    );
  } finally {
    await session.close();
  }
}

/** Reads bench/import/cypher/<name>.cypher without its comment lines, as src/neo4j/cypher-file.ts does for cypher/. */
function readCypher(name: string): string {
  return readFileSync(join(cypherDir, `${name}.cypher`), "utf8")
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
}
