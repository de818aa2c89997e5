import { ArgsType, Field } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches } from "class-validator";
import { FirstArgs } from "../graphql/pagination";
import { ActorKind } from "./actor-kind";

@ArgsType()
export class SearchArgs extends FirstArgs {
  @Field({
    description:
      'Words of a name or alias in any language: "États-Unis", "Arabie saoudite", "open". Accents and case are ignored; the last word may be unfinished.',
  })
  @Length(1, 200, { message: "text must be 1 to 200 characters long" })
  @Matches(/[\p{L}\p{N}]/u, { message: "text must contain a letter or a digit" })
  text!: string;

  @Field(() => [ActorKind], { nullable: true, description: "Keep actors of these kinds only." })
  @IsOptional()
  @ArrayMaxSize(20)
  kind?: string[] | null;
}
