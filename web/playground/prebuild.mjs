// Writes examples.generated.json, the playground's saved operations, from the README's researcher guide, so the
// README stays their single source of truth (a test runs every one of them). Runs before the page is bundled
// (see web/build.mjs) and after tsc, whose output holds the extractor.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export default function writeExamples() {
  const { readReadmeExamples } = require("../../dist/src/playground/readme-examples.js");
  const examples = readReadmeExamples();
  if (examples.length === 0) throw new Error("README.md's researcher guide has no ```graphql example: the playground would offer none.");
  writeFileSync(join(here, "examples.generated.json"), `${JSON.stringify(examples, null, 2)}\n`);
}
