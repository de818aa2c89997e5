import { Field, Int, ObjectType } from "type-graphql";
import { ActorKind } from "../actor/actor-kind";
import { RelationType } from "../relation/relation-type";

@ObjectType({ description: "How many actors of one kind." })
export class ActorKindCount {
  @Field(() => ActorKind, { description: "The kind." })
  kind!: string;

  @Field(() => Int, { description: "How many actors are of it." })
  count!: number;
}

@ObjectType({ description: "How many relations of one type." })
export class RelationTypeCount {
  @Field(() => RelationType, { description: "The type." })
  type!: string;

  @Field(() => Int, { description: "How many relations are of it." })
  count!: number;
}

@ObjectType({
  description:
    "How much the graph holds. Totals are the sums of their breakdowns; breakdowns list only kinds and types with at " +
    "least one item, largest first, then by name.",
})
export class Stats {
  @Field(() => String, { nullable: true, description: "The dataset counted; null when every dataset is." })
  dataset!: string | null;

  @Field(() => Int, { description: "How many actors." })
  actors!: number;

  @Field(() => Int, { description: "How many relations between actors." })
  relations!: number;

  @Field(() => Int, { description: "How many sources (documents read)." })
  sources!: number;

  @Field(() => Int, {
    description: "How many relations between actors no source supports: no citation of kind relation names them. Should be 0.",
  })
  unsourcedRelations!: number;

  @Field(() => Int, { description: "How many plans." })
  plans!: number;

  @Field(() => Int, { description: "How many statements." })
  statements!: number;

  @Field(() => Int, { description: "How many events." })
  events!: number;

  @Field(() => [ActorKindCount], { description: "Actors by kind." })
  actorsByKind!: ActorKindCount[];

  @Field(() => [RelationTypeCount], { description: "Relations between actors by type." })
  relationsByType!: RelationTypeCount[];

  @Field(() => [RelationTypeCount], { description: "Unsourced relations by type; empty when every relation has a source." })
  unsourcedRelationsByType!: RelationTypeCount[];
}
