import "reflect-metadata";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { ftmLines } from "../ftm/ftm-export";
import { createLogger } from "../logger";
import { openNeo4j } from "../neo4j/open-neo4j";
import { exportDataset, seedFiles } from "./exporter";

const usage = `usage: npm run export -- --format csv|ftm [--out PATH] [--dataset NAME]
  --format   csv: the seed format, which re-seeds to the same graph;
             ftm: FollowTheMoney entities, one JSON entity a line (see the README's "Into Aleph and OpenSanctions tools")
  --out      csv: the folder to write (default: export/); ftm: the file to write (default: export/ai-policy-graph.ftm.json)
  --dataset  which dataset to export (default: seeds)`;

const FORMATS = ["csv", "ftm"];

/** `npm run export -- --format csv|ftm`: writes a dataset of the configured Neo4j as seed CSVs or as FtM entities. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" },
      out: { type: "string" },
      dataset: { type: "string", default: "seeds" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || !FORMATS.includes(values.format ?? "")) {
    console.log(usage);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const neo4j = await openNeo4j(config, createLogger("warn"));
  try {
    if (values.format === "ftm") {
      const out = resolve(values.out ?? "export/ai-policy-graph.ftm.json");
      mkdirSync(dirname(out), { recursive: true });
      const file = createWriteStream(out);
      let entities = 0;
      for (const line of ftmLines(await seedFiles(neo4j.executor, { dataset: values.dataset }))) {
        if (!file.write(line)) await new Promise<void>((done) => file.once("drain", () => done()));
        entities += 1;
      }
      file.end();
      await finished(file);
      console.log(`exported dataset "${values.dataset}" to ${out}: ${entities} FollowTheMoney entities`);
      return;
    }
    const out = resolve(values.out ?? "export");
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
