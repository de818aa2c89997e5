import { Field, ID, InputType } from "type-graphql";
import { IsIn, IsOptional, Length, Matches } from "class-validator";
import { actorKinds } from "../model/model";
import { ActorKind } from "./actor-kind";
import { IsSlug } from "../validation/validators";

/**
 * A valid actor, as the seeder reads it from actors.csv and as edits will submit it. One definition serves both.
 */
@InputType({ description: "An actor to create or update." })
export class ActorInput {
  @Field(() => ID, { description: 'Stable slug id, e.g. "openai".' })
  @IsSlug("a slug")
  id!: string;

  @Field(() => ActorKind, { description: "What kind of actor this is." })
  @IsIn(actorKinds, { message: `kind must be one of ${actorKinds.join(", ")}` })
  kind!: string;

  @Field({ description: "The usual English name." })
  @Length(1, 200, { message: "name must be 1 to 200 characters" })
  name!: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code, e.g. US." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: "country must be an ISO 3166-1 alpha-2 code in capitals, such as US or SA" })
  country?: string;

  @Field(() => String, { nullable: true, description: "One neutral sentence about the actor." })
  @IsOptional()
  @Length(1, 1000)
  description?: string;
}

/** A name of an actor in one language. */
@InputType({ description: "Another name of an actor, in one language." })
export class AliasInput {
  @Field(() => ID, { description: "The actor's id." })
  @IsSlug("an actor id")
  actor!: string;

  @Field({ description: 'ISO 639-1 language code, e.g. "fr".' })
  @Matches(/^[a-z]{2}$/, { message: 'lang must be an ISO 639-1 code in lower case, such as "fr"' })
  lang!: string;

  @Field({ description: 'The name, e.g. "États-Unis".' })
  @Length(1, 200, { message: "alias must be 1 to 200 characters" })
  alias!: string;
}
