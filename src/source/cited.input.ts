import { Field, ID, InputType } from "type-graphql";
import { Length } from "class-validator";
import { IsSlug } from "../validation/validators";

/** The provenance every fact carries on its own row: the source that supports it and the words that do. */
@InputType({ description: "The source of a fact and the words that support it." })
export abstract class CitedInput {
  @Field(() => ID, { description: "The source that supports it." })
  @IsSlug("a source id")
  source!: string;

  @Field({ description: "The words of the source that support it, copied exactly." })
  @Length(1, 2000, { message: "quote must be 1 to 2000 characters" })
  quote!: string;
}
