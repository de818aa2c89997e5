import { Field, ID, InputType, Int } from "type-graphql";
import { IsIn, IsInt, IsOptional, Length, Matches, Min } from "class-validator";
import { vocabulary } from "../model/model";
import { IsPartialDate, SLUG_PATTERN } from "../validation/validators";

@InputType({ description: "A policy plan put forward by an actor." })
export class PlanInput {
  @Field(() => ID, { description: 'Slug id, e.g. "altman-democratic-ai-plan".' })
  @Matches(SLUG_PATTERN, { message: "id must be a lowercase slug" })
  id!: string;

  @Field({ description: "The plan's name." })
  @Length(1, 300)
  name!: string;

  @Field(() => ID, { description: "The actor who put it forward." })
  @Matches(SLUG_PATTERN, { message: "author must be an actor id (a lowercase slug)" })
  author!: string;

  @Field(() => String, { nullable: true, description: "When it was put forward." })
  @IsOptional()
  @IsPartialDate()
  date?: string;

  @Field(() => ID, { description: "The source that presents it." })
  @Matches(SLUG_PATTERN, { message: "source must be a source id (a lowercase slug)" })
  source!: string;

  @Field({ description: "The words of the source that present it." })
  @Length(1, 2000)
  quote!: string;
}

@InputType({ description: "One point of a plan." })
export class PillarInput {
  @Field(() => ID, { description: 'Slug id, e.g. "pillar-security".' })
  @Matches(SLUG_PATTERN, { message: "id must be a lowercase slug" })
  id!: string;

  @Field(() => ID, { description: "The plan it belongs to." })
  @Matches(SLUG_PATTERN, { message: "plan must be a plan id (a lowercase slug)" })
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

  @Field(() => ID, { description: "The source that states it." })
  @Matches(SLUG_PATTERN, { message: "source must be a source id (a lowercase slug)" })
  source!: string;

  @Field({ description: "The words of the source that state it." })
  @Length(1, 2000)
  quote!: string;
}

@InputType({ description: "What an actor said for or against a plan, a pillar or an actor, or a bare claim." })
export class StatementInput {
  @Field(() => ID, { description: 'Slug id, e.g. "altman-proposes-pillar-security".' })
  @Matches(SLUG_PATTERN, { message: "id must be a lowercase slug" })
  id!: string;

  @Field(() => ID, { description: "Who said it." })
  @Matches(SLUG_PATTERN, { message: "actor must be an actor id (a lowercase slug)" })
  actor!: string;

  @Field(() => ID, { nullable: true, description: "What it is about: a plan, pillar or actor id; empty for a bare claim." })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: "about must be a plan, pillar or actor id (a lowercase slug)" })
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
  @Matches(SLUG_PATTERN, { message: "source must be a source id (a lowercase slug)" })
  source!: string;
}
