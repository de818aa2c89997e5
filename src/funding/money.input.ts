import { Field, Float, InputType } from "type-graphql";
import { IsIn, IsNumber, IsOptional, Matches, Min } from "class-validator";
import { vocabulary } from "../model/model";
import { CitedInput } from "../source/cited.input";

/**
 * The money a cited fact may carry, as relations.csv and rounds.csv write it: an amount in its currency, in
 * dollars when the source gives them, and what the amount is. That an amount needs its currency and its kind is
 * the seed plan's check (it reads several columns).
 */
@InputType({ description: "An amount of money, its currency, and what it is." })
export abstract class MoneyInput extends CitedInput {
  @Field(() => Float, { nullable: true, description: "The amount in its original currency." })
  @IsOptional()
  @IsNumber({}, { message: "amount must be a number" })
  @Min(0, { message: "amount must not be negative" })
  amount?: number;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the amount's currency." })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: "currency must be an ISO 4217 code such as USD" })
  currency?: string;

  @Field(() => Float, { nullable: true, description: "The amount in US dollars, as the source gives it." })
  @IsOptional()
  @IsNumber({}, { message: "amount_usd must be a number" })
  @Min(0, { message: "amount_usd must not be negative" })
  amountUsd?: number;

  @Field(() => String, {
    nullable: true,
    description: `What the amount is: ${vocabulary("amountKind").join(", ")}. Required with an amount.`,
  })
  @IsOptional()
  @IsIn(vocabulary("amountKind"), { message: `amount_kind must be one of ${vocabulary("amountKind").join(", ")}` })
  amountKind?: string;
}
