import { readFileSync } from "node:fs";
import { join } from "node:path";
import { registerEnumType } from "type-graphql";
import { relationTypes } from "../model/model";
import { cypher, type CypherQuery } from "../neo4j/cypher-file";
import { projectRoot } from "../project-root";

/** One rule of schema/contradiction-rules.json. */
export interface ContradictionRuleEntry {
  id: string;
  name: string;
  description: string;
  /** The rule's query under cypher/, without the extension: "contradiction/<id>". */
  file: string;
  /** The ways the rule joins its two sides (a finding's basis), each with its meaning. */
  bases: Record<string, string>;
  /** Passed to the query as they are. */
  parameters: Record<string, unknown>;
}

interface RulesFile {
  rules: ContradictionRuleEntry[];
}

export const contradictionRulesPath = join(projectRoot, "schema", "contradiction-rules.json");

/**
 * Reads and checks the registry: ids are slugs, each file is cypher/contradiction/<id>, and every parameter whose
 * name ends in "Types" lists relation types of schema/model.json. Throws a sentence naming the rule to fix.
 */
export function readContradictionRules(path = contradictionRulesPath): ContradictionRuleEntry[] {
  const { rules } = JSON.parse(readFileSync(path, "utf8")) as RulesFile;
  const seen = new Set<string>();
  for (const rule of rules) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`${path}: rule id "${rule.id}" is not a slug.`);
    if (seen.has(rule.id)) throw new Error(`${path}: rule id "${rule.id}" is listed twice.`);
    seen.add(rule.id);
    if (rule.file !== `contradiction/${rule.id}`)
      throw new Error(`${path}: rule ${rule.id} must name its file "contradiction/${rule.id}".`);
    for (const [name, value] of Object.entries(rule.parameters)) {
      if (!name.endsWith("Types")) continue;
      const unknown = (value as string[]).filter((type) => !relationTypes.includes(type));
      if (unknown.length)
        throw new Error(`${path}: rule ${rule.id}, ${name}: ${unknown.join(", ")} is not a relation type of schema/model.json.`);
    }
  }
  return rules;
}

/** The rules, in the registry's order, which is also the order of findings. */
export const contradictionRules: readonly ContradictionRuleEntry[] = readContradictionRules();

/** Each rule's query, read once at start (a missing file fails the start). */
export const contradictionQueries: ReadonlyMap<string, CypherQuery> = new Map(contradictionRules.map((r) => [r.id, cypher(r.file)]));

/** The rule ids as a GraphQL enum: DEMOCRATIC_AI_AUTHORITARIAN_TIES stands for "democratic-ai-authoritarian-ties". */
export const ContradictionRuleId: Record<string, string> = Object.fromEntries(
  contradictionRules.map((r) => [r.id.toUpperCase().replaceAll("-", "_"), r.id]),
);
registerEnumType(ContradictionRuleId, {
  name: "ContradictionRuleId",
  description: "A contradiction rule of schema/contradiction-rules.json; `contradictionRules` describes each.",
  valuesConfig: Object.fromEntries(contradictionRules.map((r) => [r.id.toUpperCase().replaceAll("-", "_"), { description: `${r.name}.` }])),
});
