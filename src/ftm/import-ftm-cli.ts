import "reflect-metadata";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { toCsv } from "../seed/csv-writer";
import { validateSeed } from "../seed/seed-checks";
import { SeedValidationError } from "../seed/seed-types";
import { FTM_TABLES } from "./ftm-mapping";
import { confidenceLevels, fromFtmEntities, parseFtmLines } from "./ftm-import";

const usage = `usage: npm run import:ftm -- FILE --dataset NAME [--out FOLDER] [--id-prefix PREFIX] [--confidence LEVEL]
  FILE          FollowTheMoney entities, one JSON entity a line (as \`ftm\` and /export/ftm.json write them)
  --dataset     the dataset the records will be seeded as; not seeds or curation, which hold the curated graph
  --out         the folder for the seed CSVs (default: imports/NAME)
  --id-prefix   put before every id, so the import cannot take over records of another dataset with the same ids
                (a re-import of our own export needs one); a lowercase slug ending in "-" (default: none)
  --confidence  ${confidenceLevels.join(", ")}: the confidence of the facts whose entity states none
                (default: none, and such entities are reported and left out)`;

/**
 * `npm run import:ftm -- FILE --dataset NAME`: writes FtM entities as seed CSVs of a dataset of their own, reports the
 * entities it left out (id, schema, reason) and the values it could not place, checks the folder with the seeder's
 * own validation, and prints the command that seeds it. Exit 1 when the file does not parse or the folder does not
 * validate; 2 on a bad option.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dataset: { type: "string" },
      out: { type: "string" },
      "id-prefix": { type: "string", default: "" },
      confidence: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const problem = optionProblem(positionals, values);
  if (problem) {
    console.error(`${problem}\n${usage}`);
    process.exit(2);
  }
  const dataset = values.dataset!;
  const file = resolve(positionals[0]!);
  const out = resolve(values.out ?? join("imports", dataset));

  const result = fromFtmEntities(parseFtmLines(readFileSync(file, "utf8"), relative(process.cwd(), file)), {
    idPrefix: values["id-prefix"],
    confidence: values.confidence,
  });
  mkdirSync(out, { recursive: true });
  console.log(`imported ${relative(process.cwd(), file)} into ${relative(process.cwd(), out) || "."}:`);
  for (const table of FTM_TABLES) {
    const rows = result.rows[table.file] ?? [];
    writeFileSync(join(out, table.file), toCsv(table.columns, rows));
    console.log(`  ${table.file}: ${rows.length} rows`);
  }
  console.log(`${result.unmapped.length} entities left out${result.unmapped.length > 0 ? ":" : ""}`);
  for (const u of result.unmapped) console.log(`  ${u.id} (${u.schema}): ${u.reason}`);
  const skipped = Object.entries(result.skipped);
  if (skipped.length > 0) console.log("values left out:");
  for (const [what, n] of skipped) console.log(`  ${n} ${what}`);

  try {
    await validateSeed([out]);
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    console.error(`The seed folder does not validate; fix the input and import again:\n${error.message}`);
    process.exit(1);
  }
  console.log(`The folder validates. Seed it with: npm run seed -- --dir ${relative(process.cwd(), out)} --dataset ${dataset}`);
}

/** What is wrong with the command line, as one sentence; null when nothing is. */
function optionProblem(positionals: string[], values: { dataset?: string; "id-prefix"?: string; confidence?: string }): string | null {
  if (positionals.length !== 1) return "Give one FtM file.";
  if (!values.dataset) return "Give --dataset NAME: an import is seeded as a dataset of its own.";
  if (["seeds", "curation"].includes(values.dataset))
    return `--dataset ${values.dataset} holds the curated graph, which seeding the import would replace; name another.`;
  if (values["id-prefix"] && !/^[a-z0-9]+(-[a-z0-9]+)*-$/.test(values["id-prefix"]))
    return `--id-prefix must be a lowercase slug ending in "-", such as "ftm-"; got "${values["id-prefix"]}".`;
  if (values.confidence && !confidenceLevels.includes(values.confidence))
    return `--confidence must be one of ${confidenceLevels.join(", ")}; got "${values.confidence}".`;
  return null;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
