import type { ActorProperties } from "../actor/actor-properties";
import { relationTypes } from "../model/model";
import { cypherVariants } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { PageWindow } from "../graphql/pagination";
import { Direction } from "./relation-type";
import type { RelationRow } from "./relation.type";

/**
 * The relations query with its MATCH written for the direction asked, and for one relation type when the filter
 * names exactly one (a type of the model's fixed list; none: any type). Neo4j then reads only that group of a
 * node's relationships: a sovereign fund's board is found among its few BOARD_MEMBER_OF relations instead of
 * among its thousands of fundings, which a type given as a parameter made it read and filter one by one.
 */
const relationsOfActors = cypherVariants("relation/relations-of-actors", {
  direction: Object.values(Direction),
  type: [null, ...relationTypes],
});

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

/** One window of an actor's relations, how many there are in all, and the actor's own properties (null: no such actor). */
export interface RelationSlice {
  total: number;
  relations: RelationRow[];
  actor: ActorProperties | null;
}

/** Reads relations between actors. */
export class RelationService {
  constructor(private readonly executor: Executor) {}

  /** The same window of each actor's matching relations, in the order of `ids`; one query for all. */
  async relationsOf(ids: readonly string[], filter: RelationFilter, window: PageWindow): Promise<RelationSlice[]> {
    const types = filter.types?.length ? [...new Set(filter.types)] : null;
    const query = relationsOfActors.get({ direction: filter.direction, type: types?.length === 1 ? types[0]! : null });
    // A row per actor found, which always carries the actor's properties.
    const rows = await this.executor.run<RelationSlice & { id: string; actor: ActorProperties }>("READ", query, {
      ids: [...new Set(ids)],
      types,
      direction: filter.direction,
      asOf: filter.asOf ?? null,
      includeRetracted: filter.includeRetracted ?? false,
      knownAt: filter.knownAt ?? null,
      ...window,
    });
    // The query sends the actor's own properties once per actor; each relation's end at the actor shares them.
    for (const row of rows) {
      for (const relation of row.relations) {
        if (relation.fromId === row.actor.id) relation.fromActor ??= row.actor;
        if (relation.toId === row.actor.id) relation.toActor ??= row.actor;
      }
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? { total: 0, relations: [], actor: null });
  }
}
