import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { requireActor } from "../actor/require-actor";
import type { ApiContext } from "../graphql/context";
import { actorOf } from "../actor/actor-of";
import { UltimateControllersArgs } from "./funding.args";
import type { FundingService } from "./funding.service";
import { UltimateController, type UltimateControllerRow } from "./ultimate-controller.type";

/** `ultimateControllers`: who is at the top of the control chains above an actor. */
@Resolver(() => UltimateController)
export class UltimateControllerResolver implements ResolverInterface<UltimateController> {
  constructor(private readonly fundingService: FundingService) {}

  @Query(() => [UltimateController], {
    description:
      "Who ultimately controls an actor: follows CONTROLS and OWNS (an owner with a majority stake, or a state or " +
      "government body owning with no stake recorded; every owner with `everyOwner`) upward, and a government " +
      "body's MEMBER_OF its state (abu-dhabi MEMBER_OF united-arab-emirates), for at most 6 steps, to the actors " +
      "nothing controls. Each comes with its shortest chain down to the actor. Empty when no controller is recorded. " +
      "Nearest first, then by id.",
  })
  async ultimateControllers(@Args() args: UltimateControllersArgs, @Ctx() { loaders }: ApiContext): Promise<UltimateControllerRow[]> {
    const of = await requireActor(loaders, args.of, "of");
    return this.fundingService.ultimateControllers(of.id, args);
  }

  @FieldResolver(() => Actor)
  controller(@Root() row: UltimateControllerRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, row.controllerId);
  }
}
