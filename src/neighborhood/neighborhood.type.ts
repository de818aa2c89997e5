import { Field, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { Page } from "../graphql/pagination";
import { RelationConnection } from "../relation/relation-connection";
import type { RelationRow } from "../relation/relation.type";

/** An actor of a neighborhood as the service returns it; NeighborhoodNodeResolver fills `actor`. */
export interface NeighborhoodNodeRow {
  actorId: string;
  distance: number;
}

@ObjectType({ description: "An actor drawn in a neighborhood, with how far it lies from the centre." })
export class NeighborhoodNode implements NeighborhoodNodeRow {
  actorId!: string;

  @Field(() => Actor, { description: "The actor." })
  actor!: Actor;

  @Field(() => Int, {
    description: "The fewest hops from the centre to this actor through relations that pass the filters: 0 for the centre.",
  })
  distance!: number;
}

/** A neighborhood as the service returns it: a page of relations, the ids of the actors to draw with it, and the totals. */
export interface NeighborhoodRow extends Page<RelationRow> {
  centerId: string;
  nodes: NeighborhoodNodeRow[];
  totalNodes: number;
}

/**
 * A connection of relations (edges, pageInfo, totalCount from RelationConnection) with the actors they join:
 * one page of the graph around an actor, ready to draw.
 */
@ObjectType({
  description:
    "The relations around an actor, a page at a time, with the actors they join: draw `nodes` as points and each edge's `node` " +
    "(a Relation, from `from` to `to`) as a line. Relations come nearest first: by distance (that of the farther end), then id.",
})
export class Neighborhood extends RelationConnection {
  centerId!: string;

  @Field(() => Actor, { description: "The actor at the centre." })
  center!: Actor;

  @Field(() => [NeighborhoodNode], {
    description:
      "The actors to draw with this page: the centre, then the ends of this page's relations, each once, nearest first (then by id).",
  })
  nodes!: NeighborhoodNode[];

  @Field(() => Int, { description: "How many actors lie within `depth` hops of the centre, the centre included, over all pages." })
  totalNodes!: number;
}
