import { ArgsType, Field, ID } from "type-graphql";
import { Length } from "class-validator";
import { FirstArgs } from "../graphql/pagination";
import { Stance } from "../model/model-enums";
import { IsSlug } from "../validation/validators";

@ArgsType()
export class PlanArgs {
  @Field(() => ID, { description: 'The plan\'s slug id, e.g. "altman-democratic-ai-plan".' })
  @Length(1, 200)
  @IsSlug("a plan id")
  id!: string;
}

/** The list of plans: how many. */
@ArgsType()
export class PlansArgs extends FirstArgs {}

/** Statements about a plan or pillar, with any of the given stances. */
@ArgsType()
export class StatementsArgs extends FirstArgs {
  @Field(() => [Stance], { nullable: true, description: "Keep only statements with one of these stances. Omitted: every stance." })
  stance?: string[] | null;
}
