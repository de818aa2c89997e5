import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The folder that holds package.json, found by walking up from this file. The same answer whether the
 * code runs compiled from dist/src or as TypeScript under jest, so cypher/, seeds/ and schema/ resolve alike.
 */
export const projectRoot: string = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "cypher"))) return dir;
    if (dirname(dir) === dir) throw new Error(`No project root (package.json beside cypher/) above ${start}.`);
  }
}
