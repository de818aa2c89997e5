import { Field, Float, ObjectType } from "type-graphql";
import { Actor } from "./actor.type";

@ObjectType({ description: "An actor found by full-text search, with how well it matched." })
export class SearchHit {
  @Field(() => Actor, { description: "The actor found." })
  actor!: Actor;

  @Field(() => Float, { description: "The full-text relevance score: higher matches better. Comparable within one search only." })
  score!: number;
}
