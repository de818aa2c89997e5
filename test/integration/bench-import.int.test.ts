import { writeFileSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { generateSeed } from "../../bench/generate-seed";
import { emptyDatabase, importWithLoadCsv } from "../../bench/import/load-csv-import";
import { Executor } from "../../src/neo4j/executor";
import { isSchemaCurrent, migrate } from "../../src/neo4j/migrations";
import { seed } from "../../src/seed/seeder";
import { startLocalNeo4j, type LocalNeo4j } from "../../tools/neo4j-local/local-neo4j";
import { freePort } from "../support/free-port";
import { describeWhenLocalNeo4j } from "../support/processes";
import { silentLogger } from "../support/test-database";
import { scratchDir } from "../support/scratch-dir";

/**
 * A Neo4j of its own, whose import directory holds a generated seed set: LOAD CSV reads file:///… only from
 * there, and emptyDatabase wipes the whole graph, which the run's shared database must not see.
 */
const database = "neo4j";
const dataset = "bench";
const generated = generateSeed(3_000, 300);
const files = { sources: "file:///sources.csv", actors: "file:///actors.csv", relations: "file:///relations.csv" };
let importDir: string;
let local: LocalNeo4j;
let driver: Driver;
let executor: Executor;

/**
 * Properties left out of the comparison: those LOAD CSV does not write (digest, searchKeys) and the creation
 * time. dataset and searchText are compared: both loaders get the same dataset, and with no aliases.csv the
 * seeder's searchText is the name, as LOAD CSV writes it.
 */
const notCompared = new Set(["digest", "recordedAt", "searchKeys"]);

interface Entry {
  key: string;
  props: Record<string, unknown>;
}

/**
 * The whole graph but the seed run's audit (:Change), the graph's version (:GraphVersion) and the migration records, one entry per node and per
 * relationship, keyed by label or type and id (a relationship without an id by its ends), in key order.
 * Numbers come back as the driver reads them: a float as a JS number, an integer as a neo4j Integer, so an
 * integer where the seeder wrote a float does not compare equal.
 */
async function fingerprint(): Promise<Entry[]> {
  const { records } = await driver.executeQuery(
    `CALL {
       MATCH (n) WHERE NOT n:Change AND NOT n:SchemaMigration AND NOT n:GraphVersion
       RETURN labels(n)[0] + ':' + n.id AS key, properties(n) AS props
       UNION ALL
       MATCH (a)-[r]->(b) WHERE NOT a:Change AND NOT b:Change
       RETURN type(r) + ':' + coalesce(r.id, a.id + '>' + b.id) AS key, r {.*, from: a.id, to: b.id} AS props
     }
     RETURN key, props ORDER BY key`,
    {},
    { database },
  );
  return records.map((record) => ({
    key: record.get("key") as string,
    props: Object.fromEntries(Object.entries(record.get("props") as Record<string, unknown>).filter(([name]) => !notCompared.has(name))),
  }));
}

/** Entries per label or relationship type: "Actor" -> 300. */
function countByKind(entries: Entry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { key } of entries) {
    const kind = key.slice(0, key.indexOf(":"));
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** The data lines of a generated file (the generator quotes no line breaks, so one row is one line). */
const dataRows = (file: string) => generated.files[file]!.trimEnd().split("\n").length - 1;

async function schemaNames(): Promise<string[]> {
  const names = async (show: string) =>
    (await driver.executeQuery(`${show} YIELD name RETURN name`, {}, { database })).records.map((r) => r.get("name") as string);
  return [...(await names("SHOW CONSTRAINTS")), ...(await names("SHOW INDEXES"))].sort();
}

describeWhenLocalNeo4j("load-csv-import", () => {
  beforeAll(async () => {
    importDir = scratchDir("apg-import-");
    for (const [name, text] of Object.entries(generated.files)) writeFileSync(join(importDir, name), text);
    local = await startLocalNeo4j({
      boltPort: await freePort(),
      dataDir: scratchDir("apg-neo4j-import-"),
      heap: "1g",
      pageCache: "128m",
      importDir,
    });
    driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", ""));
    executor = new Executor(driver, { database, transactionTimeoutMs: 120_000 });
    await migrate(executor, silentLogger);
  }, 240_000);

  afterAll(async () => {
    await driver?.close();
    await local?.stop();
  });

  describe("importWithLoadCsv", () => {
    it("writes the nodes, relationships and properties the seeder writes for the same files", async () => {
      await emptyDatabase(driver, database);
      await seed(executor, { dirs: [importDir], dataset }, silentLogger);
      const seeded = await fingerprint();

      await emptyDatabase(driver, database);
      await importWithLoadCsv(driver, { database, files, dataset });
      const loaded = await fingerprint();

      const relationsPerType: Record<string, number> = {};
      for (const line of generated.files["relations.csv"]!.trimEnd().split("\n").slice(1)) {
        const type = line.split(",")[1]!;
        relationsPerType[type] = (relationsPerType[type] ?? 0) + 1;
      }
      expect(countByKind(loaded)).toEqual({
        Actor: generated.actors,
        Source: dataRows("sources.csv"),
        Citation: generated.relations,
        CITES: generated.relations,
        ...relationsPerType,
      });
      expect(countByKind(loaded)).toEqual(countByKind(seeded));
      // Every entry, not a sample: at 3,000 relations the whole graph compares in well under a second.
      expect(loaded).toEqual(seeded);
    });

    it("reports the data rows of the three files and a timed step per statement", async () => {
      await emptyDatabase(driver, database);
      const result = await importWithLoadCsv(driver, { database, files, dataset });
      expect(result.rows).toBe(dataRows("sources.csv") + dataRows("actors.csv") + dataRows("relations.csv"));
      expect(result.steps.map(({ file, writes, rows }) => ({ file, writes, rows }))).toEqual([
        { file: "sources.csv", writes: "Source", rows: dataRows("sources.csv") },
        { file: "actors.csv", writes: "Actor", rows: generated.actors },
        { file: "relations.csv", writes: "relationships", rows: generated.relations },
        { file: "relations.csv", writes: "Citation", rows: generated.relations },
      ]);
      expect(result.ms).toBeGreaterThanOrEqual(result.steps.reduce((sum, step) => sum + step.ms, 0) - result.steps.length);
    });
  });

  describe("emptyDatabase", () => {
    it("removes every node and relationship and keeps the constraints, indexes and applied migrations", async () => {
      await importWithLoadCsv(driver, { database, files, dataset });
      const schemaBefore = await schemaNames();
      expect(schemaBefore).toEqual(expect.arrayContaining(["actor_id", "source_id", "citation_id", "rel_funds_id", "actor_names"]));

      await emptyDatabase(driver, database);
      const { records } = await driver.executeQuery(
        "RETURN COUNT { MATCH (n) WHERE NOT n:SchemaMigration } AS nodes, COUNT { ()-[]->() } AS relationships",
        {},
        { database },
      );
      expect(records[0]!.toObject()).toEqual({ nodes: neo4j.int(0), relationships: neo4j.int(0) });
      expect(await schemaNames()).toEqual(schemaBefore);
      expect(await isSchemaCurrent(executor)).toBe(true);
    });
  });
});
