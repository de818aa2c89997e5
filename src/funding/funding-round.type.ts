import { Field, Float, ID, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { PartialDateScalar } from "../graphql/scalars";
import { AmountKind, Confidence, DateKind } from "../model/model-enums";
import { Citation } from "../source/source.type";
import { FundingConnection, type FundingPage } from "./funding.type";

/** A round as cypher/funding/rounds-by-ids.cypher returns it; FundingRoundResolver fills the actors and fundings. */
export interface FundingRoundRow {
  id: string;
  name: string;
  date: string | null;
  dateKind: string | null;
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  amountKind: string | null;
  valuationUsd: number | null;
  confidence: string;
  recipientId: string;
  leadId: string | null;
}

@ObjectType({
  description:
    "A funding round as one record: who raised it, when, who led it and its total. Each investor's part is a Funding " +
    "naming the round (`fundings`), so the total is held here once and never summed once per investor.",
})
export class FundingRound implements FundingRoundRow {
  recipientId!: string;
  leadId!: string | null;

  @Field(() => ID, { description: 'Stable slug id, e.g. "anthropic-2025-03-series-e".' })
  id!: string;

  @Field({ description: 'Its name as the sources give it, e.g. "Series E".' })
  name!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it closed or was announced (see `dateKind`)." })
  date!: string | null;

  @Field(() => DateKind, {
    nullable: true,
    description: "What `date` is: when it closed, when it was announced, or when a source reported it.",
  })
  dateKind!: string | null;

  @Field(() => Actor, { description: "The actor that raised it." })
  recipient!: Actor;

  @Field(() => Actor, { nullable: true, description: "The investor that led it, when a source names one." })
  lead!: Actor | null;

  @Field(() => Float, { nullable: true, description: "The round's total in its original currency." })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of `amount`, e.g. "USD".' })
  currency!: string | null;

  @Field(() => Float, { nullable: true, description: "The total in US dollars, as the source gives it." })
  amountUsd!: number | null;

  @Field(() => AmountKind, { nullable: true, description: "What the total is: raised and paid, committed, or a ceiling." })
  amountKind!: string | null;

  @Field(() => Float, { nullable: true, description: "The post-money valuation in US dollars, when a source states it." })
  valuationUsd!: number | null;

  @Field(() => Confidence, { description: "How well the sources establish the round." })
  confidence!: string;

  @Field(() => [Citation], { description: "The sources of the round, each with its quote." })
  sources!: Citation[];

  @Field(() => FundingConnection, { description: "The investors' parts: the fundings that name this round, newest first." })
  fundings!: FundingPage;
}
