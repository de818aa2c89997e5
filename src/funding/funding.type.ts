import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Connection, type Page } from "../graphql/pagination";
import { PartialDateScalar } from "../graphql/scalars";
import { AmountKind, Confidence, DateKind, Instrument } from "../model/model-enums";
import type { RelationRow } from "../relation/relation.type";
import { Citation } from "../source/source.type";
import { AmountTotal, type AmountTotalRow } from "./amount-total.type";

/**
 * Money given by one actor to another: one FUNDS relation. Queries return it as a RelationRow (the shared
 * projection); FundingResolver names its ends funder and recipient and its dates date and until.
 */
@ObjectType({ description: "Money given by one actor to another (a FUNDS relation): who, to whom, how much, when, how, and the sources." })
export class Funding implements RelationRow {
  // The row it is read from; `date` and `until` show validFrom and validTo, `funder` and `recipient` the ends.
  type!: string;
  fromId!: string;
  toId!: string;
  validFrom!: string | null;
  validTo!: string | null;
  role!: string | null;
  position!: string | null;
  sharedPosition!: string | null;
  note!: string | null;
  recordedAt!: string | null;

  @Field(() => ID, { description: 'Stable slug id of the relation, e.g. "microsoft-funds-openai-2019".' })
  id!: string;

  @Field(() => Actor, { description: "Who gave the money." })
  funder!: Actor;

  @Field(() => Actor, { description: "Who received it." })
  recipient!: Actor;

  @Field(() => Float, { nullable: true, description: "The amount in its original currency; null when the sources give none." })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of `amount`, e.g. "USD", "SAR".' })
  currency!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "The amount in US dollars, as the source states or converts it; null when no source gives a dollar figure (undisclosed).",
  })
  amountUsd!: number | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When the money was given or the deal announced, as precise as the source (the relation's validFrom); null when undated.",
  })
  date!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When the funding ended (the relation's validTo), for a credit line or a stake since sold; usually null.",
  })
  until!: string | null;

  @Field(() => AmountKind, {
    nullable: true,
    description: 'What `amount` is: money paid, a commitment, an "up to" ceiling, a credit line or a valuation; null without an amount.',
  })
  amountKind!: string | null;

  @Field(() => DateKind, {
    nullable: true,
    description: "What `date` is: when the funding was made, announced, or reported; null when undated or when it is the date it was made.",
  })
  validFromKind!: string | null;

  fundingRoundId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The round or deal in words, e.g. "2024-10 round", "Series C". See `fundingRound` for the round as a record.',
  })
  round!: string | null;

  @Field(() => Instrument, { nullable: true, description: "How the money was given." })
  instrument!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "The fraction of the recipient the funding bought, 0 to 1, when the source gives it.",
  })
  stake!: number | null;

  @Field(() => Confidence, { description: "How well the sources establish the funding." })
  confidence!: string;

  @Field(() => [Citation], { description: "The sources of the funding, each with its quote." })
  sources!: Citation[];
}

@ObjectType({ description: "A page of fundings, newest first (undated last, then by id), with totals over every matching funding." })
export class FundingConnection extends Connection(Funding, "fundings") {
  @Field(() => Float, {
    description:
      "The sum of `amountUsd` over every matching funding, on all pages, counting only the amount kinds of the " +
      '`countAmountKinds` argument: by default PAID, so a pledge, an "up to" ceiling, a credit line or a valuation ' +
      "is not summed as money that moved. Fundings without a dollar figure add nothing: `undisclosedCount` says how " +
      "many there are. `byAmountKind` gives every kind's sum.",
  })
  totalUsd!: number;

  @Field(() => [AmountTotal], {
    description:
      "The matching fundings and their dollar sums per amount kind (paid, committed, up to, credit line, valuation, none), on all pages.",
  })
  byAmountKind!: AmountTotalRow[];

  @Field(() => Int, { description: "How many matching fundings, on all pages, have no dollar figure (`amountUsd` null)." })
  undisclosedCount!: number;
}

/** A page of fundings with its totals, as the resolvers return it (the items are rows; FundingResolver fills them). */
export type FundingPage = Page<RelationRow> & Pick<FundingConnection, "totalUsd" | "undisclosedCount" | "byAmountKind">;
