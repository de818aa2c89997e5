import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../project-root";

/** One entry of schema/model.json. */
export interface ModelEntry {
  label: string;
  description: string;
  example: string;
}

interface ModelFile {
  actorKinds: Record<string, ModelEntry>;
}

/** schema/model.json, the one description of the domain model. */
export const model: ModelFile = JSON.parse(readFileSync(join(projectRoot, "schema", "model.json"), "utf8")) as ModelFile;

/** The actor kinds as stored in Neo4j ("government_body"). */
export const actorKinds: readonly string[] = Object.keys(model.actorKinds);

/** GraphQL enum values are the stored kinds in upper case: GOVERNMENT_BODY -> "government_body". */
export function graphqlEnumOf(entries: Record<string, ModelEntry>): Record<string, string> {
  return Object.fromEntries(Object.keys(entries).map((key) => [key.toUpperCase(), key]));
}
