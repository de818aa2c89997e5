import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches } from "class-validator";
import { RegimeClass } from "../model/model-enums";
import { ActorKind } from "./actor-kind";

/** Which actors a list keeps; every condition given must hold. */
@InputType({ description: "Which actors to keep; every condition given must hold, and an empty list keeps none." })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true, description: "Keep actors of these kinds." })
  @IsOptional()
  @ArrayMaxSize(20)
  kind?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Keep actors of these countries: ISO 3166-1 alpha-2 codes, e.g. ["SA", "AE"].' })
  @IsOptional()
  @ArrayMaxSize(250)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'country must hold ISO 3166-1 alpha-2 codes in capitals, such as "SA"' })
  country?: string[] | null;

  @Field(() => [RegimeClass], { nullable: true, description: "Keep states of these regime classes (other actors have none)." })
  @IsOptional()
  @ArrayMaxSize(10)
  regime?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Keep actors whose name or an alias, in any language, contains these words (accents ignored; the last word may be unfinished).",
  })
  @IsOptional()
  @Length(1, 200, { message: "text must be 1 to 200 characters long" })
  @Matches(/[\p{L}\p{N}]/u, { message: "text must contain a letter or a digit" })
  text?: string | null;
}
