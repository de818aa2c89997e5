import { Field, Float, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { RegimeClass } from "../model/model-enums";
import { Hop, type HopRow } from "../relation/hop.type";
import type { RelationRow } from "../relation/relation.type";
import { AmountTotal, type AmountTotalRow } from "./amount-total.type";
import { Funding } from "./funding.type";

/** A state above a funder, as the service returns it; StateControlResolver fills `state`. */
export interface StateControlRow {
  stateId: string;
  /** The state's stored regime class ("authoritarian"), null when none is recorded. */
  regime: string | null;
  chainCount: number;
  chain: HopRow[];
}

/** One funding in a regime group, with the group's states above its funder. */
export interface RegimeFundingRow {
  funding: RelationRow;
  controls: StateControlRow[];
}

/** One group of `fundingByRegime`; RegimeGroupResolver fills `states`. */
export interface RegimeGroupRow {
  regime: string | null;
  totalUsd: number;
  byAmountKind: AmountTotalRow[];
  undisclosedCount: number;
  fundingCount: number;
  stateIds: string[];
  fundings: RegimeFundingRow[];
}

@ObjectType({ description: "A state that controls a funder, and the chain of control from the state down to the funder." })
export class StateControl implements StateControlRow {
  stateId!: string;
  regime!: string | null;

  @Field(() => Actor, { description: "The state. Its `regime` is the group's." })
  state!: Actor;

  @Field(() => [Hop], {
    description:
      "The shortest control chain from the state down to the funder, through its vehicles (government bodies, funds, " +
      "holding companies); empty when the funder is the state itself.",
  })
  chain!: HopRow[];

  @Field(() => Int, {
    description: "How many control chains (of at most 6 hops) lead from the state to the funder; 1 for the state itself.",
  })
  chainCount!: number;
}

@ObjectType({ description: "One funding of the recipient, with the states of its group that control the funder." })
export class RegimeFunding {
  @Field(() => Funding, { description: "The funding (a FUNDS relation into the recipient)." })
  funding!: RelationRow;

  @Field(() => [StateControl], {
    description: "The states of this group's regime above the funder, by id; empty in the group with no state control.",
  })
  controls!: StateControlRow[];
}

@ObjectType({
  description:
    "The money reaching an actor from funders controlled by states of one regime class. A funding whose funder is " +
    "controlled by states of several classes is in each of their groups; within a group it counts once.",
})
export class RegimeGroup implements RegimeGroupRow {
  stateIds!: string[];

  @Field(() => RegimeClass, {
    nullable: true,
    description:
      "The regime class of the controlling states. Null for the fundings whose funders have no state above them " +
      "(no state control recorded), and for those controlled by a state with no regime class recorded (see `states`).",
  })
  regime!: string | null;

  @Field(() => Float, {
    description:
      "The sum of the group's fundings' `amountUsd`, each funding once, counting only the amount kinds of `countAmountKinds` " +
      "(by default PAID: a pledge, a ceiling or a credit line is not money that moved). Fundings without a dollar figure add " +
      "nothing: see `undisclosedCount`. `byAmountKind` has every kind's sum.",
  })
  totalUsd!: number;

  @Field(() => [AmountTotal], {
    description: "The group's fundings and dollar sums per amount kind: paid, committed, up to, credit line, valuation, none.",
  })
  byAmountKind!: AmountTotalRow[];

  @Field(() => Int, { description: "How many of the group's fundings have no dollar figure." })
  undisclosedCount!: number;

  @Field(() => Int, { description: "How many fundings the group holds." })
  fundingCount!: number;

  @Field(() => [Actor], {
    description: "The states of this class that control the group's funders, by id; empty for the group with no state control.",
  })
  states!: Actor[];

  @Field(() => [RegimeFunding], { description: "The group's fundings, newest first (undated last), then by id." })
  fundings!: RegimeFundingRow[];
}
