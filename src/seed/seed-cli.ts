import "reflect-metadata";
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { openNeo4j } from "../neo4j/open-neo4j";
import { migrate } from "../neo4j/migrations";
import { planSeed, seed, SeedValidationError } from "./seeder";

/**
 * `npm run seed [-- --dir A --dir B] [--dry-run]`: validates the layered seed folders (default seeds/, later
 * folders on top of earlier ones) and writes them in one transaction. Exit 1 with every problem listed, and
 * nothing written, when any row is invalid.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: "string", multiple: true }, "dry-run": { type: "boolean", default: false } } });
  const config = loadConfig();
  const dirs = values.dir?.map((d) => resolve(d)) ?? config.seedDirs;
  const logger = createLogger(config.logLevel);
  const plan = planSeed(dirs);
  if (values["dry-run"]) {
    console.log(`valid: ${plan.actors.length} actors in ${dirs.join(", ")}; nothing written (--dry-run)`);
    return;
  }
  const neo4j = await openNeo4j(config, logger);
  try {
    await migrate(neo4j.executor, logger);
    const report = await seed(neo4j.executor, dirs, logger);
    console.log(`seeded ${report.actors} actors from ${dirs.join(", ")} into ${neo4j.uri}`);
  } finally {
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError || error instanceof Error ? error.message : error);
  process.exit(1);
});
