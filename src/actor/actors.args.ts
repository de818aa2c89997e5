import { ArgsType, Field } from "type-graphql";
import { IsOptional, ValidateNested } from "class-validator";
import { PageArgs } from "../graphql/pagination";
import { ActorFilter } from "./actor-filter.input";

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorFilter, { nullable: true, description: "Which actors to list. Omitted: all of them." })
  @IsOptional()
  @ValidateNested()
  filter?: ActorFilter | null;
}
