import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, type Config } from "../../src/config";
import { createLogger } from "../../src/logger";
import type { Executor } from "../../src/neo4j/executor";
import { migrate } from "../../src/neo4j/migrations";
import { openNeo4j } from "../../src/neo4j/open-neo4j";
import { scratchDir } from "./scratch-dir";

export const silentLogger = createLogger("silent");

/** The configuration tests run with: the Neo4j named by NEO4J_URI (global-setup sets it), HTTP on a free port. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig(process.env, { port: 0, host: "127.0.0.1", logLevel: "silent", ...overrides });
}

/** An executor on the test database, migrated. */
export async function openTestDatabase(): Promise<{ executor: Executor; close(): Promise<void> }> {
  const neo4j = await openNeo4j(testConfig(), silentLogger);
  await migrate(neo4j.executor, silentLogger);
  return neo4j;
}

/** A prefix that makes a test file's ids its own, so files can share one database ("t3f9a-"). */
export function uniquePrefix(): string {
  return `t${randomBytes(3).toString("hex")}-`;
}

/** Writes CSV files into a new temporary folder and returns its path. */
export function seedFolder(files: Record<string, string>): string {
  const dir = scratchDir("apg-seed-");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
