import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../project-root";

/** A query kept as a .cypher file under cypher/; the text runs as it is in Neo4j Browser given its parameters. */
export interface CypherQuery {
  /** Path under cypher/ without the extension, e.g. "actor/actor-by-id"; sent as transaction metadata. */
  readonly name: string;
  readonly text: string;
}

export const cypherDir = join(projectRoot, "cypher");

/** Reads cypher/<name>.cypher once, at module load of the caller, so a missing file fails at start, not mid-request. */
export function cypher(name: string): CypherQuery {
  const text = readFileSync(join(cypherDir, `${name}.cypher`), "utf8");
  return { name, text: stripComments(text) };
}

/** Every .cypher file of a folder under cypher/, sorted by file name. */
export function cypherFolder(folder: string): CypherQuery[] {
  const dir = join(cypherDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => cypher(relative(cypherDir, join(dir, f)).replace(/\.cypher$/, "")));
}

/** Splits a file of several statements on the semicolons that end a line (migrations hold one per line group). */
export function statementsOf(query: CypherQuery): string[] {
  return query.text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
}

/**
 * One query per value of a fixed list, from a file where a placeholder (REL_TYPE, NODE_LABEL) stands for a
 * relation type or label. Types and labels cannot be parameters, so they come only from lists the code owns
 * (schema/model.json's relation types, the record labels), never from input.
 */
export function cypherPerName(name: string, placeholder: string, names: readonly string[]): ReadonlyMap<string, CypherQuery> {
  return perName(cypher(name), placeholder, names);
}

/** `cypherPerName` for a query text already read (a variant of a file, see `cypherVariants`). */
export function perName(template: CypherQuery, placeholder: string, names: readonly string[]): ReadonlyMap<string, CypherQuery> {
  if (!template.text.includes(placeholder)) throw new Error(`cypher/${template.name}.cypher does not contain ${placeholder}.`);
  return new Map(
    names.map((value) => {
      if (!/^[A-Z][A-Za-z_]*$/.test(value)) throw new Error(`"${value}" is not a label or relation type name.`);
      return [value, { name: `${template.name}:${value}`, text: template.text.replaceAll(placeholder, value) }];
    }),
  );
}

/**
 * Variants of one query file that differ in one line: `line` must occur in the file exactly once, and each
 * variant replaces it with fixed text written in the code (never input). Used to anchor a MATCH on an id when
 * the question gives one, so the planner can start from an index instead of scanning, while the rest of the
 * query stays in one file.
 */
export function cypherVariants<K extends string>(name: string, line: string, variants: Record<K, string>): Record<K, CypherQuery> {
  const template = cypher(name);
  const occurrences = template.text.split(line).length - 1;
  if (occurrences !== 1) throw new Error(`cypher/${name}.cypher must hold the line "${line}" once, not ${occurrences} times.`);
  const result = {} as Record<K, CypherQuery>;
  for (const [key, text] of Object.entries(variants) as [K, string][])
    result[key] = { name: `${name}:${key}`, text: template.text.replace(line, text) };
  return result;
}
