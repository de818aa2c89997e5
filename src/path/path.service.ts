import { actorFromProperties, type ActorProperties } from "../actor/actor-properties";
import { cypherVariants } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import { LIMITS } from "../graphql/limits";
import type { PathRow } from "./path.type";

/** The hop bounds a question may ask: 1 to LIMITS.maxHops (the args class validates maxHops against the same limit). */
const HOP_BOUNDS = Array.from({ length: LIMITS.maxHops }, (_, i) => i + 1);

/** The full queries, one text per maxHops: paths walked either way, and paths walked as relations point. */
const connections = cypherVariants("path/connections", { maxHops: HOP_BOUNDS });
const directedConnections = cypherVariants("path/connections-directed", { maxHops: HOP_BOUNDS });

/** How many walks the fast query's SHORTEST asks for: the number in its text. */
const FAST_WALKS = 100;
/** The fast first try (cypher/path/shortest-routes.cypher), per maxHops and direction: BOTH, or OUTGOING when directed. */
const fastRoutes = cypherVariants("path/shortest-routes", { maxHops: HOP_BOUNDS, direction: ["BOTH", "OUTGOING"] });
if (!fastRoutes.all().every((query) => query.text.includes(`SHORTEST ${FAST_WALKS} (`))) {
  throw new Error(`cypher/path/shortest-routes.cypher no longer asks SHORTEST for ${FAST_WALKS} walks, as path.service.ts assumes.`);
}

/** A path as cypher/path/connections*.cypher return it: the actors along it as their properties. */
type FullRow = Omit<PathRow, "actors"> & { actors: ActorProperties[] };
type RouteRow = FullRow & { walks: number; longest: number };

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
      fastRoutes.get({ maxHops: question.maxHops, direction: question.directed ? "OUTGOING" : "BOTH" }),
      params,
    );
    if (isComplete(fast, question.first)) return fast.map(pathOf);
    const full = await this.executor.run<FullRow>(
      "READ",
      (question.directed ? directedConnections : connections).get({ maxHops: question.maxHops }),
      params,
    );
    return full.map(pathOf);
  }
}

function pathOf({ length, route, actors, hops }: FullRow): PathRow {
  return { length, route, actors: actors.map(actorFromProperties), hops };
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
