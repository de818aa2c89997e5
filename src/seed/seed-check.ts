import "reflect-metadata";
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { loadConfig } from "../config";
import { validateSeed } from "./seed-checks";
import { pluralOf, recordKinds, SeedValidationError } from "./seed-types";

const usage = `usage: npm run seed:check -- [--dir FOLDER]...
  Validates the layered seed folders exactly as \`npm run seed\` does, without a database: every problem is listed
  as file:line: column: message and the exit code is 1; a valid seed prints its record counts.
  --dir  a seed folder; repeat to layer folders, later ones over earlier ones (default: SEED_DIRS, or seeds/)`;

/** `npm run seed:check`: the seeder's validation alone, for curators editing CSVs; no Neo4j is started or needed. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: "string", multiple: true }, help: { type: "boolean", default: false } } });
  if (values.help) {
    console.log(usage);
    return;
  }
  const dirs = values.dir?.map((d) => resolve(d)) ?? loadConfig().seedDirs;
  try {
    const { records } = await validateSeed(dirs);
    console.log(`valid: ${recordKinds.map((kind) => `${records[kind]} ${pluralOf(kind)}`).join(", ")}`);
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
