import { Field, Float, ID, InputType } from "type-graphql";
import { IsIn, IsNumber, IsOptional, Length, Max, Min } from "class-validator";
import { MoneyInput } from "../funding/money.input";
import { relationTypes, vocabulary } from "../model/model";
import { IsPartialDate, IsSlug } from "../validation/validators";

/**
 * A valid relation between two actors, with its provenance. The seeder reads relations.csv with this class
 * (columns in snake_case: valid_from, amount_usd), and edits will submit the same shape. Checks that need other
 * rows (the actors exist, their kinds fit the type, the source exists) are the seed plan's.
 */
@InputType({ description: "A relation between two actors, with its source and confidence." })
export class RelationInput extends MoneyInput {
  @Field(() => ID, { description: 'Slug id of the fact, e.g. "microsoft-funds-openai-2019".' })
  @IsSlug("a slug")
  @Length(1, 200)
  id!: string;

  @Field({ description: "The relation type, from schema/model.json." })
  @IsIn(relationTypes, { message: `type must be one of ${relationTypes.join(", ")}` })
  type!: string;

  @Field(() => ID, { description: "The actor the relation starts from (the funder, the owner, the board member)." })
  @IsSlug("an actor id")
  from!: string;

  @Field(() => ID, { description: "The actor it points to (the recipient, the company, the board)." })
  @IsSlug("an actor id")
  to!: string;

  @Field(() => String, { nullable: true, description: "When it began: YYYY, YYYY-MM or YYYY-MM-DD." })
  @IsOptional()
  @IsPartialDate()
  validFrom?: string;

  @Field(() => String, { nullable: true, description: `What valid_from is: ${vocabulary("dateKind").join(", ")}. Empty means began.` })
  @IsOptional()
  @IsIn(vocabulary("dateKind"), { message: `valid_from_kind must be one of ${vocabulary("dateKind").join(", ")}` })
  validFromKind?: string;

  @Field(() => String, { nullable: true, description: "When it ended; empty while it lasts." })
  @IsOptional()
  @IsPartialDate()
  validTo?: string;

  @Field(() => ID, { nullable: true, description: "FUNDS only: the id of the funding round (rounds.csv) this is the funder's part of." })
  @IsOptional()
  @IsSlug("a funding round id")
  fundingRound?: string;

  @Field(() => String, { nullable: true, description: 'The funding round or deal in words, e.g. "Series B" or "2024-10 round".' })
  @IsOptional()
  @Length(1, 200)
  round?: string;

  @Field(() => String, { nullable: true, description: `How money moved: ${vocabulary("instrument").join(", ")}.` })
  @IsOptional()
  @IsIn(vocabulary("instrument"), { message: `instrument must be one of ${vocabulary("instrument").join(", ")}` })
  instrument?: string;

  @Field(() => Float, { nullable: true, description: "The fraction held, from 0 to 1 (0.49 for 49 %)." })
  @IsOptional()
  @IsNumber({}, { message: "stake must be a number" })
  @Min(0, { message: "stake must be a fraction from 0 to 1" })
  @Max(1, { message: "stake must be a fraction from 0 to 1 (write 0.49 for 49 %)" })
  stake?: number;

  @Field(() => String, {
    nullable: true,
    description: "The role: a board seat (voting, observer, chair), a position, or what is supplied.",
  })
  @IsOptional()
  @Length(1, 300)
  role?: string;

  @Field(() => String, {
    nullable: true,
    description: `LEADS and BOARD_MEMBER_OF only: a role one person holds at a time: ${vocabulary("position").join(", ")}.`,
  })
  @IsOptional()
  @IsIn(vocabulary("position"), { message: `position must be one of ${vocabulary("position").join(", ")}` })
  position?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "LEADS and BOARD_MEMBER_OF only: why this holder shares the position with another at the same time (interim, acting, co-chief executives, a rotating chair).",
  })
  @IsOptional()
  @Length(1, 500)
  sharedPosition?: string;

  @Field(() => String, {
    nullable: true,
    description: "Why a date is missing or approximate, or another word on the row that no other column holds.",
  })
  @IsOptional()
  @Length(1, 500)
  note?: string;

  @Field({ description: `How sure the fact is: ${vocabulary("confidence").join(", ")}.` })
  @IsIn(vocabulary("confidence"), { message: `confidence must be one of ${vocabulary("confidence").join(", ")}` })
  confidence!: string;
}

/** The properties a relation is stored with: every optional field as null when empty. The seeder and the edits store these. */
export function relationProps(input: RelationInput): Record<string, unknown> {
  return {
    confidence: input.confidence,
    validFrom: input.validFrom ?? null,
    validFromKind: input.validFromKind ?? null,
    validTo: input.validTo ?? null,
    amount: input.amount ?? null,
    currency: input.currency ?? null,
    amountUsd: input.amountUsd ?? null,
    amountKind: input.amountKind ?? null,
    fundingRound: input.fundingRound ?? null,
    round: input.round ?? null,
    instrument: input.instrument ?? null,
    stake: input.stake ?? null,
    role: input.role ?? null,
    position: input.position ?? null,
    sharedPosition: input.sharedPosition ?? null,
    note: input.note ?? null,
  };
}
