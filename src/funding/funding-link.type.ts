import { Field, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Connection } from "../graphql/pagination";
import { Hop, type HopRow } from "../relation/hop.type";

/** One actor reached by `funders` or `investees`, as the service returns it; FundingLinkResolver fills `actor`. */
export interface FundingLinkRow {
  actorId: string;
  depth: number;
  chainCount: number;
  chain: HopRow[];
}

@ObjectType({
  description:
    "An actor money comes from (`funders`) or goes to (`investees`), directly or through other actors, with the " +
    "shortest chain of money relations (FUNDS, OWNS) between them. Chains always run the way the money flows: from " +
    "the funder to the asked actor, or from the asked actor to the investee; every hop is FORWARD.",
})
export class FundingLink implements FundingLinkRow {
  actorId!: string;

  @Field(() => Actor, { description: "The funder (for `funders`) or the investee (for `investees`)." })
  actor!: Actor;

  @Field(() => Int, { description: "How many hops the shortest chain takes: 1 for a direct funder or investee." })
  depth!: number;

  @Field(() => [Hop], {
    description: "The shortest chain, in the money's direction; among chains of equal length, the one whose relation ids sort first.",
  })
  chain!: HopRow[];

  @Field(() => Int, {
    description:
      "How many chains of at most `depth` (the argument) hops link the two actors. Several rounds between the same two actors are several chains.",
  })
  chainCount!: number;
}

@ObjectType({ description: "A page of actors linked by money to the asked actor, nearest first, then by id." })
export class FundingLinkConnection extends Connection(FundingLink, "linked actors") {}
