import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Actor } from "../../actor/actor.type";
import { AmountTotal, type AmountTotalRow } from "../../funding/amount-total.type";
import { RegimeFunding, type RegimeFundingRow } from "../../funding/funding-by-regime.type";
import { DateScalar } from "../../graphql/scalars";

/** What the money of an exposure is split by. */
export const ExposureBy = { REGIME: "regime", COUNTRY: "country", KIND: "kind" } as const;
export type ExposureByValue = (typeof ExposureBy)[keyof typeof ExposureBy];

registerEnumType(ExposureBy, {
  name: "ExposureBy",
  description: "What an exposure splits the money by.",
  valuesConfig: {
    REGIME: {
      description:
        "The regime class of the states that control the funder, found as fundingByRegime finds them (a state funder is its own " +
        "controller); a funding controlled by states of two classes is in both. Class null: no state control recorded.",
    },
    COUNTRY: {
      description:
        "The country of the states that control the funder (ISO code), found the same way; when no state controls it, the funder's own country.",
    },
    KIND: { description: "The funder's own kind (COMPANY, INVESTOR, STATE…)." },
  },
});

/** How long each period of an exposure is. */
export const ExposureStep = { YEAR: "year", QUARTER: "quarter" } as const;
export type ExposureStepValue = (typeof ExposureStep)[keyof typeof ExposureStep];

registerEnumType(ExposureStep, {
  name: "ExposureStep",
  description: "The length of an exposure's periods.",
  valuesConfig: {
    YEAR: { description: 'Calendar years, labelled "2024".' },
    QUARTER: { description: 'Calendar quarters, labelled "2024-Q3". A funding dated only by its year cannot be placed in one.' },
  },
});

/** One class of one period (or of the unplaced fundings): its fundings and their sums. */
export interface ExposureShareRow {
  class: string | null;
  receivedUsd: number;
  committedUsd: number;
  byAmountKind: AmountTotalRow[];
  undisclosedCount: number;
  fundings: RegimeFundingRow[];
}

export interface ExposurePeriodRow {
  label: string;
  start: string;
  end: string;
  receivedUsd: number;
  committedUsd: number;
  fundingCount: number;
  shares: ExposureShareRow[];
}

export interface ExposureRow {
  actorId: string;
  by: ExposureByValue;
  step: ExposureStepValue;
  /** Null when no range was asked and no funding is dated. */
  from: string | null;
  to: string | null;
  periods: ExposurePeriodRow[];
  unplaced: ExposureShareRow[];
  undated: ExposureShareRow[];
}

const received = "Money paid (amountKind PAID), in US dollars, of the fundings with a dollar figure.";
const committed =
  "Money pledged and not known to be paid (amountKind COMMITTED), in US dollars. Ceilings and credit lines are in byAmountKind.";

@ObjectType({ description: "The fundings of one class in one period, with the money they moved or pledged." })
export class ExposureShare implements ExposureShareRow {
  @Field(() => String, {
    nullable: true,
    description:
      'The class, in the API\'s spelling: a regime class ("AUTHORITARIAN"), a country code ("AE") or an actor kind ("INVESTOR"); null when ' +
      "no state controls the funder (REGIME) or no country is recorded (COUNTRY).",
  })
  class!: string | null;

  @Field(() => Float, { description: received })
  receivedUsd!: number;

  @Field(() => Float, { description: committed })
  committedUsd!: number;

  @Field(() => [AmountTotal], { description: "The fundings' money per amount kind: paid, committed, up-to ceilings, credit lines." })
  byAmountKind!: AmountTotalRow[];

  @Field(() => Int, { description: "How many of the fundings give no dollar figure." })
  undisclosedCount!: number;

  @Field(() => [RegimeFunding], {
    description: "The fundings behind the figures, newest first, each with the states above its funder and the chains of control.",
  })
  fundings!: RegimeFundingRow[];
}

@ObjectType({ description: "One period of an exposure: the money that reached the actor in it, split by class." })
export class ExposurePeriod implements ExposurePeriodRow {
  @Field({ description: 'The period: "2024" or "2024-Q3".' })
  label!: string;

  @Field(() => DateScalar, { description: "Its first day." })
  start!: string;

  @Field(() => DateScalar, { description: "Its last day." })
  end!: string;

  @Field(() => Float, { description: `${received} Each funding counts once, even when it is in two classes.` })
  receivedUsd!: number;

  @Field(() => Float, { description: `${committed} Each funding counts once.` })
  committedUsd!: number;

  @Field(() => Int, { description: "How many fundings are dated in the period." })
  fundingCount!: number;

  @Field(() => [ExposureShare], { description: "The money by class, classes in a stable order (regime classes as the RegimeClass enum)." })
  shares!: ExposureShareRow[];
}

@ObjectType({
  description:
    "How exposed an actor is, period by period, to money from each class of funder: the FUNDS relations into it, dated by when the " +
    "money was agreed or moved (validFrom), split by the class of the states that control each funder (or by the funder's country or " +
    "kind). Control is read as fundingByRegime reads it, whenever it held. Every figure comes with the fundings behind it.",
})
export class Exposure implements Omit<ExposureRow, "actorId"> {
  actorId!: string;

  @Field(() => Actor, { description: "The actor the money reached." })
  actor!: Actor;

  @Field(() => ExposureBy, { description: "What the money is split by." })
  by!: ExposureByValue;

  @Field(() => ExposureStep, { description: "The length of the periods." })
  step!: ExposureStepValue;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The first day of the range asked, or of the first dated funding; null when there is neither.",
  })
  from!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The last day of the range asked, or of the last dated funding; null when there is neither.",
  })
  to!: string | null;

  @Field(() => [ExposurePeriod], { description: "Every period of the range, in order, the empty ones included." })
  periods!: ExposurePeriodRow[];

  @Field(() => [ExposureShare], {
    description: "Fundings in the range whose date is too coarse for the step (a bare year under QUARTER), by class: counted in no period.",
  })
  unplaced!: ExposureShareRow[];

  @Field(() => [ExposureShare], { description: "Fundings with no date at all, by class: counted in no period." })
  undated!: ExposureShareRow[];
}
