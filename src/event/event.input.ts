import { Field, ID, InputType } from "type-graphql";
import { IsIn, IsOptional, Length } from "class-validator";
import { vocabulary } from "../model/model";
import { IsPartialDate, IsSlug } from "../validation/validators";
import { CitedInput } from "../source/cited.input";

@InputType({ description: "A dated happening: a firing, a launch, a rule, a lawsuit." })
export class EventInput extends CitedInput {
  @Field(() => ID, { description: 'Slug id, e.g. "altman-fired-2023-11-17".' })
  @IsSlug("a slug")
  id!: string;

  @Field({ description: "A short name." })
  @Length(1, 300)
  name!: string;

  @Field({ description: "When it happened: YYYY, YYYY-MM or YYYY-MM-DD." })
  @IsPartialDate()
  date!: string;

  @Field(() => String, { nullable: true, description: "When it ended, for events that span time." })
  @IsOptional()
  @IsPartialDate()
  endDate?: string;

  @Field(() => String, { nullable: true, description: "What happened, in one or two neutral sentences." })
  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @Field({ description: `How sure it is: ${vocabulary("confidence").join(", ")}.` })
  @IsIn(vocabulary("confidence"), { message: `confidence must be one of ${vocabulary("confidence").join(", ")}` })
  confidence!: string;
}

@InputType({ description: "An actor's part in an event." })
export class EventActorInput {
  @Field(() => ID, { description: "The event's id." })
  @IsSlug("an event id")
  event!: string;

  @Field(() => ID, { description: "The actor's id." })
  @IsSlug("an actor id")
  actor!: string;

  @Field({ description: `Its part: ${vocabulary("eventRole").join(", ")}.` })
  @IsIn(vocabulary("eventRole"), { message: `role must be one of ${vocabulary("eventRole").join(", ")}` })
  role!: string;
}
