import { ArgsType, Field, ID } from "type-graphql";
import { DateScalar } from "../../graphql/scalars";
import { ExposureBy, type ExposureByValue, ExposureStep, type ExposureStepValue } from "./exposure.type";

@ArgsType()
export class ExposureArgs {
  @Field(() => ID, { description: 'The actor the money reaches, e.g. "openai". An unknown id is NOT_FOUND.' })
  actor!: string;

  @Field(() => ExposureBy, { defaultValue: ExposureBy.REGIME, description: "What to split the money by." })
  by: ExposureByValue = ExposureBy.REGIME;

  @Field(() => DateScalar, { nullable: true, description: "The first day of the range. Omitted: the day of the first dated funding." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The last day of the range. Omitted: the day of the last dated funding." })
  to?: string | null;

  @Field(() => ExposureStep, { defaultValue: ExposureStep.YEAR, description: "The length of the periods." })
  step: ExposureStepValue = ExposureStep.YEAR;
}
