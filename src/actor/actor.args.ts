import { ArgsType, Field, ID } from "type-graphql";
import { Length, Matches } from "class-validator";

/** Actor ids are lowercase slugs; the same rule applies to seeds and to the API. */
export const ACTOR_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@ArgsType()
export class ActorArgs {
  @Field(() => ID, { description: 'The actor\'s slug id, e.g. "openai".' })
  @Length(1, 120)
  @Matches(ACTOR_ID_PATTERN, { message: "id must be a lowercase slug such as \"openai\" or \"saudi-arabia\"" })
  id!: string;
}
