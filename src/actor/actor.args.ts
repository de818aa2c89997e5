import { ArgsType, Field, ID } from "type-graphql";
import { Length, Matches } from "class-validator";

import { SLUG_PATTERN } from "../validation/validators";

@ArgsType()
export class ActorArgs {
  @Field(() => ID, { description: 'The actor\'s slug id, e.g. "openai".' })
  @Length(1, 120)
  @Matches(SLUG_PATTERN, { message: 'id must be a lowercase slug such as "openai" or "saudi-arabia"' })
  id!: string;
}
