import type Cypher from "@neo4j/cypher-builder";

/**
 * One piece of a selection, compiled: the subqueries it needs (CALL clauses, run in order in the scope where its
 * value is projected), the expression that projects it, and how its value, as Neo4j returns it, becomes what the
 * field resolvers return. Pieces nest: an actor's piece holds the pieces of its relation fields.
 */
export interface Compiled<T> {
  readonly before: readonly Cypher.Clause[];
  readonly value: Cypher.Expr;
  readonly decode: (raw: any) => T;
}

/** A field of a compiled object: where its value sits in the projection, and the response key it answers. */
export interface CompiledField {
  readonly responseKey: string;
  /** The key in the projected map: generated (f0, f1…), never the client's alias, so no input reaches the text. */
  readonly slot: string;
  readonly decode: (raw: any) => unknown;
}

/** The values of the compiled fields of one projected map, by response key. */
export function decodeFields(fields: readonly CompiledField[], raw: Record<string, unknown>): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const field of fields) values.set(field.responseKey, field.decode(raw[field.slot]));
  return values;
}
