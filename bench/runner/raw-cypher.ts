import neo4j, { type Driver } from "neo4j-driver";
import type { CypherRequest } from "../questions";

/**
 * Way (a): hand-written Cypher through neo4j-driver, the floor: one auto-commit read, the driver's cheapest path
 * for one query (one round trip; a transaction function adds BEGIN and COMMIT).
 * JavaScript numbers reach Cypher as floats and LIMIT takes only an integer, so whole-number parameters go as
 * Neo4j integers (see `cypherParams`). The driver must be made with `disableLosslessIntegers: true`, so rows
 * come back with plain numbers.
 */
export async function runRawCypher(driver: Driver, database: string, request: CypherRequest): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(request.text, cypherParams(request.params));
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

/** The parameters with whole numbers as Neo4j integers. */
export function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Number.isInteger(value) ? neo4j.int(value as number) : value]),
  );
}
