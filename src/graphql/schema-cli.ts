import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { printSchemaFile } from "./print-schema";
import { join } from "node:path";
import { renderModelDoc } from "../model/model-doc";
import { projectRoot } from "../project-root";
import { buildApiSchema, schemaFile } from "./build-schema";

const modelDocFile = join(projectRoot, "schema", "MODEL.md");

/**
 * `npm run schema:emit` writes schema/schema.graphql from the code and schema/MODEL.md from schema/model.json;
 * `npm run schema:check` exits 1 when a committed file and its origin disagree. Neither needs a database.
 */
async function main(): Promise<void> {
  const mode = process.argv[2];
  const printed = printSchemaFile(await buildApiSchema([]));
  const files: [string, string][] = [
    [schemaFile, printed],
    [modelDocFile, renderModelDoc()],
  ];
  if (mode === "--write") {
    for (const [file, text] of files) {
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
    return;
  }
  if (mode === "--check") {
    const stale = files.filter(([file, text]) => readFileSync(file, "utf8") !== text).map(([file]) => file);
    if (stale.length > 0) {
      console.error(`${stale.join(" and ")} differ from what the code builds. Run \`npm run schema:emit\` and commit the files.`);
      process.exit(1);
    }
    console.log("schema/schema.graphql and schema/MODEL.md match the code");
    return;
  }
  console.error("usage: schema-cli --write | --check");
  process.exit(2);
}

void main();
