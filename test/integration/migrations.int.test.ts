import type { Executor } from "../../src/neo4j/executor";
import { isSchemaCurrent, loadMigrations, migrate } from "../../src/neo4j/migrations";
import { openTestDatabase, silentLogger } from "../support/test-database";

let db: { executor: Executor; close(): Promise<void> };

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(() => db.close());

describe("migrations", () => {
  describe("migrate", () => {
    it("records every migration version once, even when run again", async () => {
      await migrate(db.executor, silentLogger);
      await migrate(db.executor, silentLogger);
      const rows = await db.executor.run<{ version: number; n: number }>("READ", {
        name: "test/versions",
        text: "MATCH (m:SchemaMigration) RETURN m.version AS version, count(*) AS n ORDER BY version",
      });
      expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, n: 1 })));
      expect(await isSchemaCurrent(db.executor)).toBe(true);
    });

    it("creates the actor id constraint and the folding full-text index", async () => {
      const constraints = await db.executor.run<{ name: string }>("READ", {
        name: "test/constraints",
        text: "SHOW CONSTRAINTS YIELD name RETURN name",
      });
      expect(constraints.map((c) => c.name)).toEqual(expect.arrayContaining(["actor_id", "source_id", "schema_migration_version"]));
      const indexes = await db.executor.run<{ name: string; type: string; options: { indexConfig: Record<string, unknown> } }>("READ", {
        name: "test/indexes",
        text: "SHOW INDEXES YIELD name, type, options WHERE name = 'actor_names' RETURN name, type, options",
      });
      expect(indexes[0]).toMatchObject({ type: "FULLTEXT", options: { indexConfig: { "fulltext.analyzer": "standard-folding" } } });
    });
  });
});
