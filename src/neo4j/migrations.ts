import type { Logger } from "../logger";
import { cypher, cypherFolder, statementsOf, type CypherQuery } from "./cypher-file";
import type { Executor } from "./executor";

/** A numbered file under cypher/migrations/: "0001-actor-keys" has version 1. */
export interface Migration {
  version: number;
  query: CypherQuery;
}

const readApplied = cypher("meta/applied-migrations");
const recordApplied = cypher("meta/record-migration");

export function loadMigrations(): Migration[] {
  const migrations = cypherFolder("migrations").map((query) => {
    const match = /^migrations\/(\d{4})-[a-z0-9-]+$/.exec(query.name);
    if (!match) throw new Error(`cypher/${query.name}.cypher: migration files are named NNNN-words.cypher.`);
    return { version: Number(match[1]), query };
  });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`cypher/${m.query.name}.cypher: expected migration number ${i + 1}; numbers run 1, 2, 3 … without gaps.`);
  });
  return migrations;
}

/**
 * Brings the database schema up to date. Each statement is idempotent (IF NOT EXISTS), so a migration that was
 * cut off half-way is simply applied again; the version is recorded once all its statements succeeded.
 */
export async function migrate(executor: Executor, logger: Logger, migrations: Migration[] = loadMigrations()): Promise<void> {
  const applied = new Set((await executor.run<{ version: number }>("READ", readApplied)).map((row) => row.version));
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    for (const statement of statementsOf(migration.query)) {
      // Schema changes cannot share a transaction with data writes, so each statement gets its own.
      await executor.run("WRITE", { name: migration.query.name, text: statement });
    }
    await executor.run("WRITE", recordApplied, { version: migration.version, name: migration.query.name });
    logger.info({ version: migration.version, migration: migration.query.name }, "migration applied");
  }
}

/** Whether the database has every migration this code knows. */
export async function isSchemaCurrent(executor: Executor, migrations: Migration[] = loadMigrations()): Promise<boolean> {
  const applied = new Set((await executor.run<{ version: number }>("READ", readApplied)).map((row) => row.version));
  return migrations.every((m) => applied.has(m.version));
}
