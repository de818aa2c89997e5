import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { printSchemaFile } from "./print-schema";
import { buildApiSchema, schemaFile } from "./build-schema";

/**
 * `npm run schema:emit` writes schema/schema.graphql from the code; `npm run schema:check` exits 1 when the
 * committed file and the code disagree. Neither needs a database.
 */
async function main(): Promise<void> {
  const mode = process.argv[2];
  const printed = printSchemaFile(await buildApiSchema([]));
  if (mode === "--write") {
    writeFileSync(schemaFile, printed);
    console.log(`wrote ${schemaFile}`);
    return;
  }
  if (mode === "--check") {
    const committed = readFileSync(schemaFile, "utf8");
    if (committed !== printed) {
      console.error("schema/schema.graphql differs from the schema the code builds. Run `npm run schema:emit` and commit the file.");
      process.exit(1);
    }
    console.log("schema/schema.graphql matches the code");
    return;
  }
  console.error("usage: schema-cli --write | --check");
  process.exit(2);
}

void main();
