import { DateTimeResolver } from "graphql-scalars";
import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import { ArrayMinSize, IsIn, IsOptional, Max, Min, ValidateNested, registerDecorator } from "class-validator";
import { LIMITS } from "../graphql/limits";
import { PageArgs } from "../graphql/pagination";
import { DateScalar } from "../graphql/scalars";
import { AmountKind, Confidence, Instrument } from "../model/model-enums";
import { COUNTED_BY_DEFAULT } from "./amount-total.type";
import { RelationType } from "../relation/relation-type";
import { MONEY_TYPES } from "./money-relations";
import type { FundingQuery } from "./funding.service";

/** Refuses a day before the day in the property `earlier` of the same object ("to" before "from"). */
function IsNotBefore(earlier: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isNotBefore",
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must not be before ${earlier}` },
      validator: {
        validate: (value: unknown, args) => {
          const start = (args?.object as Record<string, unknown> | undefined)?.[earlier];
          // Both are YYYY-MM-DD (the Date scalar checked them), so text order is day order.
          return typeof value !== "string" || typeof start !== "string" || start <= value;
        },
      },
    });
}

@InputType({ description: "Which fundings to keep. Every field given narrows the list; an omitted field keeps all." })
export class FundingFilter {
  @Field(() => ID, { nullable: true, description: 'Only the money given by this actor, e.g. "microsoft".' })
  funder?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the money received by this actor, e.g. "openai".' })
  recipient?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the investors\' parts of this funding round, e.g. "anthropic-2025-03-series-e".' })
  fundingRound?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "Only fundings of at least this many US dollars (`amountUsd`), 0 or more. Fundings without a dollar figure never pass it.",
  })
  @IsOptional()
  @Min(0, { message: "minAmountUsd must not be negative" })
  minAmountUsd?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only fundings dated on or after this day. A partial date counts until its latest day: "2023" passes from: "2023-06-01". Undated fundings never pass it.',
  })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only fundings dated on or before this day, not before `from`. A partial date counts from its earliest day: "2023-11" passes to: "2023-11-05". Undated fundings never pass it.',
  })
  @IsNotBefore("from")
  to?: string | null;

  @Field(() => [Instrument], {
    nullable: true,
    description: "Only fundings given in one of these ways. Omitted or empty: every way, and fundings with none recorded.",
  })
  instrument?: string[] | null;

  @Field(() => [AmountKind], {
    nullable: true,
    description:
      "Only fundings whose amount is of one of these kinds (PAID, COMMITTED…). Omitted or empty: every kind, and fundings with no amount.",
  })
  amountKind?: string[] | null;

  @Field(() => [Confidence], { nullable: true, description: "Only fundings at one of these confidences. Omitted or empty: all." })
  confidence?: string[] | null;
}

/**
 * Which amount kinds a total adds up: the arguments `fundings`, `fundingByRegime` and a round's `fundings` take
 * beside their own (type-graphql merges several @Args() classes into one field's arguments).
 */
@ArgsType()
export class CountAmountKindsArgs {
  @Field(() => [AmountKind], {
    defaultValue: [...COUNTED_BY_DEFAULT],
    description:
      'Which kinds of amount `totalUsd` adds up. Default [PAID]: only money that moved, so a pledge, an "up to" ceiling ' +
      "or a credit line is not counted as paid. Name more kinds to add them in; `byAmountKind` always shows each.",
  })
  @ArrayMinSize(1, { message: "countAmountKinds must name at least one amount kind" })
  countAmountKinds!: string[];
}

@ArgsType()
export class FundingsArgs extends PageArgs {
  @Field(() => FundingFilter, { nullable: true, description: "Which fundings to keep. Omitted: all." })
  @IsOptional()
  @ValidateNested()
  filter?: FundingFilter | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Keep only the fundings valid on this day: made by then and not ended. Omitted: whenever they were made.",
  })
  asOf?: string | null;

  @Field({
    defaultValue: false,
    description: "Also return retracted fundings. Default false: retracted fundings are left out, and not counted in the totals.",
  })
  includeRetracted: boolean = false;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "What the graph said at this instant (ISO 8601): only fundings recorded by then and not retracted by then. Omitted: now.",
  })
  knownAt?: Date | null;
}

@ArgsType()
export class FundingChainArgs extends PageArgs {
  @Field(() => ID, { description: 'The actor the money reaches (`funders`) or comes from (`investees`), e.g. "openai".' })
  of!: string;

  @Field(() => Int, { defaultValue: 1, description: `How many hops of money to follow: 1 (direct) to ${LIMITS.maxDepth}.` })
  @Min(1, { message: "depth must be at least 1" })
  @Max(LIMITS.maxDepth, { message: `depth must be at most ${LIMITS.maxDepth}` })
  depth: number = 1;

  @Field(() => [RelationType], {
    defaultValue: [...MONEY_TYPES],
    description:
      "The relations that carry money: FUNDS (money given) and OWNS (an owner has put money in). Only these two are " +
      "allowed; both when omitted.",
  })
  @ArrayMinSize(1, { message: `via must name at least one of ${MONEY_TYPES.join(", ")}` })
  @IsIn(MONEY_TYPES, { each: true, message: `via may name only ${MONEY_TYPES.join(" and ")}, the relations that carry money` })
  via!: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description: "Keep only chains whose every hop is valid on this day. Omitted: whenever they held.",
  })
  asOf?: string | null;
}

/** What the questions about control share: which owners count as controllers. */
@ArgsType()
export class ControlArgs {
  @Field({
    defaultValue: false,
    description:
      "Whether every owner counts as a controller. By default (false) CONTROLS always counts, and OWNS counts when " +
      "its recorded stake is at least one half, or, with no stake recorded, when the owner is a state or government " +
      "body (a state-owned vehicle). A minority investor or an owner of unknown stake is then not a controller. " +
      "true counts every OWNS relation, whatever its stake: the widest reading.",
  })
  everyOwner: boolean = false;
}

@ArgsType()
export class UltimateControllersArgs extends ControlArgs {
  @Field(() => ID, { description: 'The controlled actor, e.g. "pif".' })
  of!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Follow only control relations valid on this day. Omitted: every one, whenever it held.",
  })
  asOf?: string | null;
}

@ArgsType()
export class FundingByRegimeArgs extends ControlArgs {
  @Field(() => ID, { description: 'The actor the money reaches, e.g. "xai".' })
  recipient!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Keep only the fundings valid on this day, and read control on that day too. Omitted: every funding and control relation, whenever it held.",
  })
  asOf?: string | null;
}

/**
 * The service's query for a filter: the one place GraphQL's names (`instrument`) become the service's
 * (`instruments`), shared by the `fundings` field and /export/fundings.csv.
 */
export function fundingQueryOf(
  filter: Partial<FundingFilter> | null | undefined,
  rest: Pick<FundingQuery, "asOf" | "includeRetracted" | "knownAt">,
): FundingQuery {
  return {
    funder: filter?.funder,
    recipient: filter?.recipient,
    fundingRound: filter?.fundingRound,
    minAmountUsd: filter?.minAmountUsd,
    from: filter?.from,
    to: filter?.to,
    instruments: filter?.instrument,
    amountKinds: filter?.amountKind,
    confidences: filter?.confidence,
    ...rest,
  };
}
