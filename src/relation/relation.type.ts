import type { ActorProperties } from "../actor/actor-properties";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { PartialDateScalar } from "../graphql/scalars";
import { AmountKind, Confidence, DateKind, Instrument, Position } from "../model/model-enums";
import { Citation } from "../source/source.type";
import { RelationType } from "./relation-type";

/**
 * One relation as Cypher returns it: the relationship's properties plus its type and the ids of its ends.
 * Every query that returns relations projects them to this shape (see cypher/relation/ for the projection),
 * so one resolver fills `from`, `to` and `sources` for all of them, batched per request.
 */
export interface RelationRow {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  validFrom: string | null;
  validFromKind?: string | null;
  validTo: string | null;
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  amountKind?: string | null;
  /** The id of the funding round a FUNDS relation is part of (stored as the property fundingRound). */
  fundingRoundId?: string | null;
  round: string | null;
  instrument: string | null;
  stake: number | null;
  role: string | null;
  position?: string | null;
  sharedPosition?: string | null;
  note?: string | null;
  confidence: string;
  recordedAt: string | null;
  /**
   * The ends' node properties, when the query that found the relation returned them too (the relation lists of
   * an actor, fundings): `from` and `to` then cost no further query.
   */
  fromActor?: ActorProperties;
  toActor?: ActorProperties;
}

@ObjectType({ description: "A dated, sourced relation between two actors: Microsoft FUNDS OpenAI, Paul Nakasone BOARD_MEMBER_OF OpenAI." })
export class Relation implements RelationRow {
  @Field(() => ID, { description: 'Stable slug id, e.g. "microsoft-funds-openai-2019".' })
  id!: string;

  @Field(() => RelationType, { description: "What kind of relation it is." })
  type!: string;

  fromId!: string;
  toId!: string;

  @Field(() => Actor, { description: "The actor the relation runs from (the funder, the board member, the owner)." })
  from!: Actor;

  @Field(() => Actor, { description: "The actor the relation runs to (the recipient, the board, the owned)." })
  to!: Actor;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it began; for money, the date of the deal or its announcement. Null when the sources give no date.",
  })
  validFrom!: string | null;

  @Field(() => DateKind, {
    nullable: true,
    description:
      "What `validFrom` is: when it began, when it was announced, or when a source reported it (it held by then). Null when undated.",
  })
  validFromKind!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it ended; null while it holds or when the sources give no end." })
  validTo!: string | null;

  @Field(() => Float, { nullable: true, description: "Money involved, in the original currency." })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of `amount`, e.g. "USD", "SAR".' })
  currency!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "Money involved in US dollars, as the source states or converts it; null when no source gives a dollar figure.",
  })
  amountUsd!: number | null;

  @Field(() => AmountKind, {
    nullable: true,
    description: 'What `amount` is: money paid, a commitment, an "up to" ceiling, a credit line or a valuation; null without an amount.',
  })
  amountKind!: string | null;

  /** The id of the funding round a FUNDS relation is part of; the field `fundingRound` resolves it. */
  fundingRoundId!: string | null;

  @Field(() => String, { nullable: true, description: 'The funding round or deal in words, e.g. "2024-10 round", "Series C".' })
  round!: string | null;

  @Field(() => Instrument, { nullable: true, description: "How money was given." })
  instrument!: string | null;

  @Field(() => Float, { nullable: true, description: "For ownership, the fraction held, 0 to 1." })
  stake!: number | null;

  @Field(() => String, { nullable: true, description: 'The role held, e.g. "chair", "observer", "CEO".' })
  role!: string | null;

  @Field(() => Position, {
    nullable: true,
    description: "For LEADS and BOARD_MEMBER_OF, a role one person holds at a time (chief executive, chair, minister…).",
  })
  position!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why this holder shares the position with another at the same time (interim, acting, co-chief executives, a rotating chair).",
  })
  sharedPosition!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why a date is missing or approximate, or another word on the relation that no other field holds.",
  })
  note!: string | null;

  @Field(() => Confidence, { description: "How well the sources establish the relation." })
  confidence!: string;

  @Field(() => String, { nullable: true, description: "When the graph first recorded the relation (ISO date-time)." })
  recordedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "When the relation was retracted (ISO date-time); null while it stands. Retracted relations are left out of reads unless `includeRetracted: true`.",
  })
  retractedAt?: string | null;

  @Field(() => String, { nullable: true, description: "The name of the key that retracted it." })
  retractedBy?: string | null;

  @Field(() => String, { nullable: true, description: "Why it was retracted, as the editor wrote it." })
  retractionReason?: string | null;

  @Field(() => [Citation], { description: "The sources that support the relation, each with its quote." })
  sources!: Citation[];
}
