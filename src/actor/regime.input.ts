import { Field, Float, ID, InputType, Int } from "type-graphql";
import { Equals, IsIn, IsInt, IsNumber, IsOptional, Max, Min } from "class-validator";
import { model, vocabulary } from "../model/model";
import { IsSlug } from "../validation/validators";
import { CitedInput } from "../source/cited.input";

/** The regime class of a state in the one index the graph uses, with its source. */
@InputType({ description: "A state's regime class in the EIU Democracy Index, with its source." })
export class RegimeInput extends CitedInput {
  @Field(() => ID, { description: "The state's actor id." })
  @IsSlug("an actor id")
  state!: string;

  @Field({ description: "The index: always the one named in schema/model.json." })
  @Equals(model.regimeIndex.name, { message: `index must be "${model.regimeIndex.name}", the one index the graph uses` })
  index!: string;

  @Field(() => Int, { description: "The edition of the index." })
  @IsInt({ message: "year must be a whole number" })
  @Min(2006)
  @Max(2100)
  year!: number;

  @Field({ description: `The class: ${vocabulary("regime").join(", ")}.` })
  @IsIn(vocabulary("regime"), { message: `regime must be one of ${vocabulary("regime").join(", ")}` })
  regime!: string;

  @Field(() => Float, { nullable: true, description: "The 0-10 score, when the source gives it." })
  @IsOptional()
  @IsNumber({}, { message: "score must be a number" })
  @Min(0)
  @Max(10)
  score?: number;
}
