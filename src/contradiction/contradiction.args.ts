import { ArrayMaxSize, ArrayMinSize, IsOptional } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { PageArgs } from "../graphql/pagination";
import { DateScalar } from "../graphql/scalars";
import { ContradictionRuleId } from "./contradiction-rules";

@ArgsType()
export class ContradictionsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Keep the findings about this actor (the backer, critic, signatory or person the rule is about), e.g. "openai". An unknown id is NOT_FOUND. Omitted: every actor.',
  })
  @IsOptional()
  actor?: string | null;

  @Field(() => [ContradictionRuleId], { nullable: true, description: "Run only these rules. Omitted: every rule." })
  @IsOptional()
  @ArrayMinSize(1, { message: "rule must name at least one rule, or be left out" })
  @ArrayMaxSize(20)
  rule?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Keep the findings whose two sides both hold on this day (a statement from the day it was made; relations and instruments by " +
      "their dates, as for every asOf), and read control chains as of this day. Omitted: every finding, whenever its sides held.",
  })
  @IsOptional()
  asOf?: string | null;
}
