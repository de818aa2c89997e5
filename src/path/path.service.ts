import type { Executor } from "../neo4j/executor";
import { LIMITS } from "../graphql/limits";
import { cypherPerUpperBound, oneTo, queryForBound } from "./bounded-cypher";
import type { PathRow } from "./path.type";

/** One text per maxHops (1 to LIMITS.maxHops), for paths walked either way and for paths walked as relations point. */
const connections = cypherPerUpperBound("path/connections", 1, oneTo(LIMITS.maxHops));
const directedConnections = cypherPerUpperBound("path/connections-directed", 1, oneTo(LIMITS.maxHops));

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
   * by the ids of the actors along them. One query. No paths when either actor is unknown.
   */
  connections(question: PathQuestion): Promise<PathRow[]> {
    const queries = question.directed ? directedConnections : connections;
    return this.executor.run<PathRow>("READ", queryForBound(queries, question.maxHops), {
      from: question.from,
      to: question.to,
      types: question.types?.length ? question.types : null,
      asOf: question.asOf ?? null,
      first: question.first,
    });
  }
}
