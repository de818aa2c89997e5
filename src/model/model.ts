import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../project-root";

/** One entry of schema/model.json's actor kinds. */
export interface ModelEntry {
  label: string;
  description: string;
  example: string;
  /** Actor kinds only: true for the kinds that are products (models, chips, equipment), not actors that act. */
  product?: boolean;
}

/** One relation type: what it means, which actor kinds it runs from and to, and its properties. */
export interface RelationTypeEntry extends ModelEntry {
  reverseLabel: string;
  source: string[];
  target: string[];
  properties: { required: Record<string, string>; optional: Record<string, string> };
}

type VocabularyName =
  | "confidence"
  | "regime"
  | "instrument"
  | "amountKind"
  | "dateKind"
  | "position"
  | "identifierScheme"
  | "boardRole"
  | "stance"
  | "eventRole"
  | "policyKind"
  | "policyEffect"
  | "policyEndKind";

/** One link type of a policy instrument: what it means and which kinds of record it joins. */
export interface PolicyLinkTypeEntry {
  label: string;
  reverseLabel: string;
  description: string;
  from: "actor" | "policy";
  to: "actor" | "policy" | "pillar";
}

interface ModelFile {
  actorKinds: Record<string, ModelEntry>;
  relationTypes: Record<string, RelationTypeEntry>;
  policyLinkTypes: Record<string, PolicyLinkTypeEntry>;
  vocabularies: Record<VocabularyName, Record<string, string>>;
  regimeIndex: { name: string; description: string };
  /** Names that several actors share once folded (src/actor/lucene-query.ts searchKey), each with the reason. */
  sharedNames: { key: string; actors: string[]; reason: string }[];
  recordKinds: Record<
    string,
    {
      label: string;
      description: string;
      example: string;
      properties: { required: Record<string, string>; optional?: Record<string, string> };
    }
  >;
}

/** schema/model.json, the one description of the domain model. */
export const model: ModelFile = JSON.parse(readFileSync(join(projectRoot, "schema", "model.json"), "utf8")) as ModelFile;

/** The actor kinds as stored in Neo4j ("government_body"). */
export const actorKinds: readonly string[] = Object.keys(model.actorKinds);

/** The actor kinds that are products (ai_model, chip, chip_equipment): records that rules and deals point at. */
export const productKinds: readonly string[] = actorKinds.filter((kind) => model.actorKinds[kind]!.product === true);

/** The closed list of relation types ("FUNDS"); the only names that ever reach Cypher as a type. */
export const relationTypes: readonly string[] = Object.keys(model.relationTypes);
for (const type of relationTypes) {
  if (!/^[A-Z][A-Z_]*$/.test(type)) throw new Error(`schema/model.json: relation type "${type}" must be UPPER_SNAKE_CASE.`);
}

/** The closed list of a policy instrument's link types ("TARGETS"); the only names that reach Cypher as its link types. */
export const policyLinkTypes: readonly string[] = Object.keys(model.policyLinkTypes);
for (const type of policyLinkTypes) {
  if (!/^[A-Z][A-Z_]*$/.test(type)) throw new Error(`schema/model.json: policy link type "${type}" must be UPPER_SNAKE_CASE.`);
}

/** The link types an instrument starts (TARGETS, AMENDS…); ISSUED is the one that ends at it. */
export const policyStartTypes: readonly string[] = policyLinkTypes.filter((type) => model.policyLinkTypes[type]!.from === "policy");

/** The values of one closed vocabulary, e.g. vocabulary("confidence") = ["confirmed", "reported", "alleged"]. */
export function vocabulary(name: keyof ModelFile["vocabularies"]): readonly string[] {
  return Object.keys(model.vocabularies[name]);
}

/** GraphQL enum values are the stored values in upper case: GOVERNMENT_BODY -> "government_body". */
export function graphqlEnumOf(entries: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.keys(entries).map((key) => [key.toUpperCase(), key]));
}
