import "reflect-metadata";
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { migrate } from "../neo4j/migrations";
import { openNeo4j } from "../neo4j/open-neo4j";
import { DEFAULT_TRANSACTION_RECORDS, formatReport, seed, SeedValidationError } from "./seeder";

const usage = `usage: npm run seed -- [--dir FOLDER]... [--dataset NAME] [--dry-run] [--transaction-records N]
  --dir      a seed folder; repeat to layer folders, later ones over earlier ones (default: seeds/)
  --dataset  the name the records carry; a run makes that dataset equal to the input (default: seeds)
  --dry-run  validate and print what would be added, changed and removed; write nothing
  --transaction-records N
             a change of up to N records is one transaction, all or nothing; a larger one commits every N
             records, and a run cut short is finished by running it again (default: ${DEFAULT_TRANSACTION_RECORDS};
             "all" for one transaction whatever the size, which needs a Neo4j heap in proportion)`;

/**
 * `npm run seed`: validates the layered seed folders and writes them into the configured Neo4j: in one
 * transaction up to --transaction-records records, in steps beyond. Exit 1 with every problem listed, and
 * nothing written, when any row is invalid.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: "string", multiple: true },
      dataset: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "transaction-records": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const transactionRecords = parseTransactionRecords(values["transaction-records"]);
  const config = loadConfig();
  const dirs = values.dir?.map((d) => resolve(d)) ?? config.seedDirs;
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const neo4j = await openNeo4j(config, logger);
  try {
    await migrate(neo4j.executor, logger);
    const started = Date.now();
    const report = await seed(
      neo4j.executor,
      { dirs, dataset: values.dataset, dryRun: values["dry-run"], transactionRecords, onProgress: progressBar() },
      logger,
    );
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write("\n");
    console.log(formatReport(report));
    if (!report.dryRun)
      console.log(
        `${report.rowsWritten} records written in ${seconds.toFixed(1)} s (${Math.round(report.rowsWritten / Math.max(seconds, 0.001))} per second) into ${neo4j.uri}`,
      );
  } finally {
    await neo4j.close();
  }
}

/** --transaction-records: a positive whole number, or "all"; omitted: the seeder's default. */
function parseTransactionRecords(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === "all") return Number.POSITIVE_INFINITY;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    console.error(`--transaction-records must be a whole number of at least 1, or "all", not "${value}".\n${usage}`);
    process.exit(2);
  }
  return n;
}

/** A one-line bar on stderr, redrawn at most ten times a second. */
function progressBar(): (progress: { done: number; total: number }) => void {
  let last = 0;
  return ({ done, total }) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\rwriting [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError || error instanceof Error ? error.message : error);
  process.exit(1);
});
