import { ArgsType, Field } from "type-graphql";
import { FirstArgs } from "../../graphql/pagination";
import { DateScalar } from "../../graphql/scalars";
import { RankingMeasure } from "./ranking.type";

@ArgsType()
export class RankingsArgs extends FirstArgs {
  @Field(() => RankingMeasure, { description: "What to rank by: PAGERANK, REVERSE_PAGERANK or BROKERAGE (see RankingMeasure)." })
  measure!: RankingMeasure;

  @Field(() => DateScalar, {
    description: 'The day to rank on, e.g. "2025-01-01": only the FUNDS, OWNS and CONTROLS relations valid that day are used.',
  })
  asOf!: string;
}
