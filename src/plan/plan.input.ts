import { Field, ID, InputType, Int } from "type-graphql";
import { IsIn, IsInt, IsOptional, Length, Min } from "class-validator";
import { vocabulary } from "../model/model";
import { IsPartialDate, IsSlug } from "../validation/validators";
import { CitedInput } from "../source/cited.input";

@InputType({ description: "A policy plan put forward by an actor." })
export class PlanInput extends CitedInput {
  @Field(() => ID, { description: 'Slug id, e.g. "altman-democratic-ai-plan".' })
  @IsSlug("a slug")
  id!: string;

  @Field({ description: "The plan's name." })
  @Length(1, 300)
  name!: string;

  @Field(() => ID, { description: "The actor who put it forward." })
  @IsSlug("an actor id")
  author!: string;

  @Field(() => String, { nullable: true, description: "When it was put forward." })
  @IsOptional()
  @IsPartialDate()
  date?: string;
}

@InputType({ description: "One point of a plan." })
export class PillarInput extends CitedInput {
  @Field(() => ID, { description: 'Slug id, e.g. "pillar-security".' })
  @IsSlug("a slug")
  id!: string;

  @Field(() => ID, { description: "The plan it belongs to." })
  @IsSlug("a plan id")
  plan!: string;

  @Field(() => Int, { description: "Its place in the plan, from 1." })
  @IsInt({ message: "position must be a whole number" })
  @Min(1)
  position!: number;

  @Field({ description: "Its short name." })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: "What it asks for." })
  @IsOptional()
  @Length(1, 2000)
  description?: string;
}

@InputType({ description: "What an actor said for or against a plan, a pillar or an actor, or a bare claim." })
export class StatementInput {
  @Field(() => ID, { description: 'Slug id, e.g. "altman-proposes-pillar-security".' })
  @IsSlug("a slug")
  id!: string;

  @Field(() => ID, { description: "Who said it." })
  @IsSlug("an actor id")
  actor!: string;

  @Field(() => ID, { nullable: true, description: "What it is about: a plan, pillar or actor id; empty for a bare claim." })
  @IsOptional()
  @IsSlug("a plan, pillar or actor id")
  about?: string;

  @Field({ description: `The stance: ${vocabulary("stance").join(", ")}.` })
  @IsIn(vocabulary("stance"), { message: `stance must be one of ${vocabulary("stance").join(", ")}` })
  stance!: string;

  @Field(() => String, { nullable: true, description: "When it was said." })
  @IsOptional()
  @IsPartialDate()
  date?: string;

  @Field({ description: "The actor's words as the source prints them." })
  @Length(1, 2000)
  quote!: string;

  @Field({ description: `How sure the attribution is: ${vocabulary("confidence").join(", ")}.` })
  @IsIn(vocabulary("confidence"), { message: `confidence must be one of ${vocabulary("confidence").join(", ")}` })
  confidence!: string;

  @Field(() => ID, { description: "The source that reports it." })
  @IsSlug("a source id")
  source!: string;
}
