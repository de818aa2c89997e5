import { Field, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Confidence } from "../model/model-enums";
import { Citation } from "../source/source.type";
import { HopDirection, RelationType } from "./relation-type";
import { Relation, type RelationRow } from "./relation.type";

/**
 * One step of a path or chain as Cypher returns it: the relation walked, and which way. Queries return
 * `{direction: "FORWARD" | "BACKWARD", relation: <the relation projection>}`; HopResolver fills the rest.
 */
export interface HopRow {
  direction: HopDirection;
  relation: RelationRow;
}

@ObjectType({ description: "One step of a path or chain: from one actor to the next through one relation." })
export class Hop {
  @Field(() => Actor, { description: "The actor this step leaves." })
  from!: Actor;

  @Field(() => Actor, { description: "The actor this step reaches." })
  to!: Actor;

  @Field(() => RelationType, { description: "The type of the relation walked." })
  type!: string;

  @Field(() => HopDirection, {
    description: "FORWARD when `from` is the relation's source (`from` FUNDS `to`); BACKWARD when the step goes against it.",
  })
  direction!: HopDirection;

  @Field(() => Confidence, { description: "How well the sources establish the relation walked." })
  confidence!: string;

  @Field(() => Relation, { description: "The relation walked, with all its properties: dates, amounts, round, stake, role." })
  relation!: Relation;

  @Field(() => [Citation], { description: "The sources of the relation walked, each with its quote." })
  sources!: Citation[];
}
