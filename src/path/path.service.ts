import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import { LIMITS } from "../graphql/limits";
import { cypherPerUpperBound, oneTo, perUpperBound, queryForBound } from "./bounded-cypher";
import type { PathRow } from "./path.type";

/** One text per maxHops (1 to LIMITS.maxHops), for paths walked either way and for paths walked as relations point. */
const connections = cypherPerUpperBound("path/connections", 1, oneTo(LIMITS.maxHops));
const directedConnections = cypherPerUpperBound("path/connections-directed", 1, oneTo(LIMITS.maxHops));

/** How many walks the fast query's SHORTEST asks for: the number in its text. */
const FAST_WALKS = 100;
/**
 * The fast first try (cypher/path/shortest-routes.cypher), per maxHops; the directed form is the same text with
 * both its patterns pointing forward (written here, never taken from input).
 */
const shortestRoutes = cypher("path/shortest-routes");
const directedShortestRoutes = {
  name: `${shortestRoutes.name}:directed`,
  text: shortestRoutes.text
    .replace("((x:Actor)-[r]-(y:Actor)", "((x:Actor)-[r]->(y:Actor)")
    .replace("MATCH (u)-[step]-(v)", "MATCH (u)-[step]->(v)"),
};
if (!shortestRoutes.text.includes(`SHORTEST ${FAST_WALKS} (`) || directedShortestRoutes.text.split("]->(").length !== 3) {
  throw new Error("cypher/path/shortest-routes.cypher no longer holds the SHORTEST count or the two patterns path.service.ts rewrites.");
}
const fastRoutes = perUpperBound(shortestRoutes, 1, oneTo(LIMITS.maxHops));
const directedFastRoutes = perUpperBound(directedShortestRoutes, 1, oneTo(LIMITS.maxHops));

type RouteRow = PathRow & { walks: number; longest: number };

export interface PathQuestion {
  from: string;
  to: string;
  /** 1 to LIMITS.maxHops. */
  maxHops: number;
  /** 1 to LIMITS.maxPage. */
  first: number;
  /** Types from the fixed RelationType list; undefined or empty walks all. */
  types?: readonly string[] | null;
  /** A day, "2023-11-20": walks only the relations valid on it. */
  asOf?: string | null;
  /** Walk relations only the way they point. */
  directed: boolean;
}

/** Finds paths between actors. */
export class PathService {
  constructor(private readonly executor: Executor) {}

  /**
   * The shortest simple paths from `from` to `to`, then the next-shortest, up to `first`: sorted by length, then
   * by the ids of the actors along them. No paths when either actor is unknown.
   * One query when the fast one's answer is provably complete (see cypher/path/shortest-routes.cypher), else a
   * second, the full query, which reads every relation to find the shadowed ones.
   */
  async connections(question: PathQuestion): Promise<PathRow[]> {
    const params = {
      from: question.from,
      to: question.to,
      types: question.types?.length ? question.types : null,
      asOf: question.asOf ?? null,
      first: question.first,
    };
    const fast = await this.executor.run<RouteRow>(
      "READ",
      queryForBound(question.directed ? directedFastRoutes : fastRoutes, question.maxHops),
      params,
    );
    if (isComplete(fast, question.first)) return fast.map(({ length, route, hops }) => ({ length, route, hops }));
    return this.executor.run<PathRow>(
      "READ",
      queryForBound(question.directed ? directedConnections : connections, question.maxHops),
      params,
    );
  }
}

/**
 * Whether the fast query's routes are the full query's answer. SHORTEST returns walks shortest first, so when it
 * stopped at its limit, the routes shorter than its longest walk were all met, and those of the longest length
 * perhaps not. The answer stands when the search was not cut, or when it was cut but `first` routes shorter than
 * the longest walk were found (then no unmet route can sort before them).
 */
function isComplete(rows: RouteRow[], first: number): boolean {
  if (rows.length === 0 || rows[0]!.walks < FAST_WALKS) return true;
  return rows.length === first && rows.at(-1)!.length < rows[0]!.longest;
}
