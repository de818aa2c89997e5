import { ArgsType, Field } from "type-graphql";
import { IsOptional, Length } from "class-validator";

@ArgsType()
export class StatsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Count only the records of this dataset, the name given at seeding ("seeds" for the curated seeds/). Omitted: every dataset. An unknown name counts zero.',
  })
  @IsOptional()
  @Length(1, 100, { message: "dataset must be 1 to 100 characters" })
  dataset?: string | null;
}
