import "reflect-metadata";
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { openNeo4j } from "../neo4j/open-neo4j";
import { exportDataset } from "./exporter";

const usage = `usage: npm run export -- --format csv [--out FOLDER] [--dataset NAME]
  --format   csv: the seed format, which re-seeds to the same graph
  --out      the folder to write (default: export/)
  --dataset  which dataset to export (default: seeds)`;

/** `npm run export -- --format csv`: writes a dataset of the configured Neo4j back as seed CSVs. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" },
      out: { type: "string", default: "export" },
      dataset: { type: "string", default: "seeds" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || values.format !== "csv") {
    console.log(usage);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const neo4j = await openNeo4j(config, createLogger("warn"));
  try {
    const out = resolve(values.out);
    const counts = await exportDataset(neo4j.executor, values.dataset, out);
    console.log(`exported dataset "${values.dataset}" to ${out}:`);
    for (const [file, n] of Object.entries(counts)) console.log(`  ${file}: ${n} rows`);
  } finally {
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
