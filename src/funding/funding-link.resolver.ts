import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { requireActor } from "../actor/require-actor";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import { actorOf } from "../actor/actor-of";
import { FundingChainArgs } from "./funding.args";
import type { FundingService } from "./funding.service";
import { FundingLink, FundingLinkConnection, type FundingLinkRow } from "./funding-link.type";

/** `funders` and `investees`: money followed over several hops. */
@Resolver(() => FundingLink)
export class FundingLinkResolver implements ResolverInterface<FundingLink> {
  constructor(private readonly fundingService: FundingService) {}

  @Query(() => FundingLinkConnection, {
    description:
      "Who put money into an actor, directly (depth 1) or through other actors (up to depth 3), over FUNDS and OWNS " +
      "(an owner has put money in): abu-dhabi FUNDS mgx FUNDS openai makes Abu Dhabi a depth-2 funder of OpenAI. " +
      "One entry per funder, with its shortest chain from the funder to the actor. Nearest first, then by id.",
  })
  async funders(@Args() args: FundingChainArgs, @Ctx() { loaders }: ApiContext): Promise<Page<FundingLinkRow>> {
    return this.links("funders", args, loaders);
  }

  @Query(() => FundingLinkConnection, {
    description:
      "Where an actor's money went, directly (depth 1) or through other actors (up to depth 3), over FUNDS and OWNS. " +
      "One entry per investee, with its shortest chain from the actor to the investee. Nearest first, then by id.",
  })
  async investees(@Args() args: FundingChainArgs, @Ctx() { loaders }: ApiContext): Promise<Page<FundingLinkRow>> {
    return this.links("investees", args, loaders);
  }

  @FieldResolver(() => Actor)
  actor(@Root() link: FundingLinkRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, link.actorId);
  }

  private async links(way: "funders" | "investees", args: FundingChainArgs, loaders: ApiContext["loaders"]): Promise<Page<FundingLinkRow>> {
    const of = await requireActor(loaders, args.of, "of");
    const slice = await this.fundingService.chains(way, { ...args, of: of.id }, pageWindow(args));
    return toPage(slice.links, args, slice.total);
  }
}
