import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { requireActor } from "../actor/require-actor";
import type { ApiContext } from "../graphql/context";
import { actorOf } from "../actor/actor-of";
import { CountAmountKindsArgs, FundingByRegimeArgs } from "./funding.args";
import type { FundingService } from "./funding.service";
import { RegimeGroup, StateControl, type RegimeGroupRow, type StateControlRow } from "./funding-by-regime.type";

/** `fundingByRegime`: the money reaching an actor, grouped by the regime of the states behind its funders. */
@Resolver(() => RegimeGroup)
export class RegimeGroupResolver implements ResolverInterface<RegimeGroup> {
  constructor(private readonly fundingService: FundingService) {}

  @Query(() => [RegimeGroup], {
    description:
      "The money reaching an actor (FUNDS relations into it), grouped by the regime class of the states that control " +
      "each funder, found as `ultimateControllers` finds them (a state funder is its own controller). Fundings whose " +
      "funder has no state above it form the group with regime null. Groups in the order of the RegimeClass enum, " +
      "then null.",
  })
  async fundingByRegime(
    @Args() args: FundingByRegimeArgs,
    @Args() { countAmountKinds }: CountAmountKindsArgs,
    @Ctx() { loaders }: ApiContext,
  ): Promise<RegimeGroupRow[]> {
    const recipient = await requireActor(loaders, args.recipient, "recipient");
    return this.fundingService.fundingByRegime(recipient.id, { ...args, countAmountKinds });
  }

  @FieldResolver(() => [Actor])
  states(@Root() group: RegimeGroupRow, @Ctx() { loaders }: ApiContext): Promise<Actor[]> {
    return Promise.all(group.stateIds.map((id) => actorOf(loaders, id)));
  }
}

/** Fills the state of a StateControl through the loader. */
@Resolver(() => StateControl)
export class StateControlResolver implements ResolverInterface<StateControl> {
  @FieldResolver(() => Actor)
  state(@Root() control: StateControlRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, control.stateId);
  }
}
