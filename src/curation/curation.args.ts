import { ArgsType, Field, ID } from "type-graphql";
import { Length, ValidateNested } from "class-validator";
import { ActorInput } from "../actor/actor.input";
import { RelationInput } from "../relation/relation.input";
import { SourceInput } from "../source/source.input";
import { PageArgs } from "../graphql/pagination";
import { IsSlug } from "../validation/validators";

@ArgsType()
export class RetractRelationArgs {
  @Field(() => ID, { description: "The id of the relation to retract." })
  @IsSlug("a relation id")
  id!: string;

  @Field({ description: "Why it is retracted, for the record (1 to 1000 characters)." })
  @Length(1, 1000, { message: "reason must be 1 to 1000 characters" })
  reason!: string;
}

@ArgsType()
export class MergeActorsArgs {
  @Field(() => ID, { description: "The actor that stays." })
  @IsSlug("an actor id")
  keep!: string;

  @Field(() => ID, { description: "The duplicate: its relations move to `keep`, and its id redirects there." })
  @IsSlug("an actor id")
  remove!: string;
}

@ArgsType()
export class HistoryArgs extends PageArgs {
  @Field(() => ID, { description: 'The id of an actor, relation or source, or a dataset name ("seeds") for seed runs.' })
  @Length(1, 200, { message: "entity must be 1 to 200 characters" })
  entity!: string;
}

// The inputs are fields of args classes, validated with @ValidateNested, so that a broken rule names its full
// path ("input.type"), as the service's own checks do.

@ArgsType()
export class UpsertActorArgs {
  @Field(() => ActorInput, { description: "The actor." })
  @ValidateNested()
  input!: ActorInput;
}

@ArgsType()
export class UpsertRelationArgs {
  @Field(() => RelationInput, { description: "The relation, with its source and the quote that supports it." })
  @ValidateNested()
  input!: RelationInput;
}

@ArgsType()
export class AddSourceArgs {
  @Field(() => SourceInput, { description: "The source document." })
  @ValidateNested()
  input!: SourceInput;
}
