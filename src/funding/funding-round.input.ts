import { Field, Float, ID, InputType } from "type-graphql";
import { IsIn, IsNumber, IsOptional, Length, Min } from "class-validator";
import { vocabulary } from "../model/model";
import { MoneyInput } from "./money.input";
import { IsPartialDate, IsSlug } from "../validation/validators";

/**
 * A funding round as a record: the seeder reads rounds.csv with this class. Each investor's part is a FUNDS
 * relation whose `funding_round` names the round, so the round's total is held once, here, and never summed
 * once per investor. Checks across rows (the recipient and lead exist) are the seed plan's.
 */
@InputType({ description: "A funding round of one recipient, with its lead and total." })
export class FundingRoundInput extends MoneyInput {
  @Field(() => ID, { description: 'Slug id, e.g. "anthropic-2025-03-series-e".' })
  @IsSlug("a slug")
  @Length(1, 200)
  id!: string;

  @Field(() => ID, { description: "The actor that raised the round." })
  @IsSlug("an actor id")
  recipient!: string;

  @Field({ description: 'Its name as the sources give it, e.g. "Series E" or "2025-03 round".' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: "When it was closed or announced: YYYY, YYYY-MM or YYYY-MM-DD." })
  @IsOptional()
  @IsPartialDate()
  date?: string;

  @Field(() => String, { nullable: true, description: `What the date is: ${vocabulary("dateKind").join(", ")}.` })
  @IsOptional()
  @IsIn(vocabulary("dateKind"), { message: `date_kind must be one of ${vocabulary("dateKind").join(", ")}` })
  dateKind?: string;

  @Field(() => ID, { nullable: true, description: "The investor that led it, when a source names one." })
  @IsOptional()
  @IsSlug("an actor id")
  lead?: string;

  @Field(() => Float, { nullable: true, description: "The post-money valuation in US dollars, when a source states it." })
  @IsOptional()
  @IsNumber({}, { message: "valuation_usd must be a number" })
  @Min(0, { message: "valuation_usd must not be negative" })
  valuationUsd?: number;

  @Field({ description: `How sure it is: ${vocabulary("confidence").join(", ")}.` })
  @IsIn(vocabulary("confidence"), { message: `confidence must be one of ${vocabulary("confidence").join(", ")}` })
  confidence!: string;
}
