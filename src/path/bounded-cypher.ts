import { cypher, type CypherQuery } from "../neo4j/cypher-file";

/**
 * One text per upper bound of a quantified path pattern, from one query file. Cypher takes the bounds of
 * `((x)-[r]-(y)){1,6}` only as literals, never as parameters. The file states its widest bound, so it runs as it
 * is in Neo4j Browser and answers the widest question; this lowers that bound to each value of a fixed range, so
 * a 2-hop question searches 2 steps deep instead of 6 and then filtering. The bounds come from that range (the
 * args class validates the argument that picks one), never from input text.
 *
 * Fails at start when the file does not hold the widest quantifier exactly once: then the file and the limit
 * that sets the range disagree.
 */
export function cypherPerUpperBound(name: string, lower: number, uppers: readonly number[]): ReadonlyMap<number, CypherQuery> {
  return perUpperBound(cypher(name), lower, uppers);
}

/** `cypherPerUpperBound` for a query text already read (a variant of a file). */
export function perUpperBound(query: CypherQuery, lower: number, uppers: readonly number[]): ReadonlyMap<number, CypherQuery> {
  const name = query.name;
  const widest = `{${lower},${Math.max(...uppers)}}`;
  const occurrences = query.text.split(widest).length - 1;
  if (occurrences !== 1) throw new Error(`cypher/${name}.cypher must hold the quantifier ${widest} once, not ${occurrences} times.`);
  return new Map(uppers.map((upper) => [upper, { name: `${name}:${upper}`, text: query.text.replace(widest, `{${lower},${upper}}`) }]));
}

/** The query for `upper`; a bound outside the range is a bug (validation lets none through), not a user error. */
export function queryForBound(queries: ReadonlyMap<number, CypherQuery>, upper: number): CypherQuery {
  const query = queries.get(upper);
  if (!query) throw new Error(`No query text for the bound ${upper}; the args class should have refused it.`);
  return query;
}

/** 1, 2, …, n. */
export function oneTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
