import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { PageWindow } from "../graphql/pagination";
import type { Direction } from "./relation-type";
import type { RelationRow } from "./relation.type";

const relationsOfActors = cypher("relation/relations-of-actors");

export interface RelationFilter {
  /** Types from the fixed RelationType list; undefined or empty keeps all. */
  types?: readonly string[] | null;
  direction: Direction;
  /** A day, "2023-11-20": keeps the relations valid on it. */
  asOf?: string | null;
  /** Keep retracted relations too. */
  includeRetracted?: boolean;
  /** An ISO date-time: keep what the graph held then (recorded by then, not yet retracted). */
  knownAt?: string | null;
}

/** One window of an actor's relations, and how many there are in all. */
export interface RelationSlice {
  total: number;
  relations: RelationRow[];
}

/** Reads relations between actors. */
export class RelationService {
  constructor(private readonly executor: Executor) {}

  /** The same window of each actor's matching relations, in the order of `ids`; one query for all. */
  async relationsOf(ids: readonly string[], filter: RelationFilter, window: PageWindow): Promise<RelationSlice[]> {
    const rows = await this.executor.run<RelationSlice & { id: string }>("READ", relationsOfActors, {
      ids: [...new Set(ids)],
      types: filter.types?.length ? filter.types : null,
      direction: filter.direction,
      asOf: filter.asOf ?? null,
      includeRetracted: filter.includeRetracted ?? false,
      knownAt: filter.knownAt ?? null,
      ...window,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? { total: 0, relations: [] });
  }
}
