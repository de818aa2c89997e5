import { Field, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Hop, type HopRow } from "../relation/hop.type";

/**
 * One path: its length, the ids of the actors along it in walking order (from `from` to `to`), those actors (read
 * by the same statement as the path) and its hops.
 */
export interface PathRow {
  length: number;
  route: string[];
  actors: Actor[];
  hops: HopRow[];
}

@ObjectType({ description: "A chain of relations from one actor to another, one hop per relation, with no actor twice." })
export class Path implements PathRow {
  route!: string[];

  @Field(() => Int, { description: "How many hops (relations) the path has." })
  length!: number;

  @Field(() => [Actor], { description: "The actors along the path in walking order, from `from` to `to`: one more than its hops." })
  actors!: Actor[];

  @Field(() => [Hop], {
    description:
      "The hops in walking order. Each says which way it walks its relation (FORWARD or BACKWARD) and carries the relation, its confidence and its sources.",
  })
  hops!: Hop[];
}
