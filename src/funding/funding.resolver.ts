import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { requireActor } from "../actor/require-actor";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import { PartialDateScalar } from "../graphql/scalars";
import type { RelationRow } from "../relation/relation.type";
import { Citation } from "../source/source.type";
import { actorOf } from "./actor-of";
import { FundingsArgs, fundingQueryOf } from "./funding.args";
import type { FundingService } from "./funding.service";
import { Funding, FundingConnection } from "./funding.type";

/** `fundings`, the edge list of who funds whom, and the fields of a Funding, filled through the loaders. */
@Resolver(() => Funding)
export class FundingResolver implements ResolverInterface<Funding> {
  constructor(private readonly fundingService: FundingService) {}

  @Query(() => FundingConnection, {
    description:
      "Who funds whom: FUNDS relations as an edge list, newest first (undated last, then by id), with the total in " +
      "US dollars over every matching funding and how many have no dollar figure. An unknown `filter.funder` or " +
      "`filter.recipient` is NOT_FOUND.",
  })
  async fundings(@Args() args: FundingsArgs, @Ctx() { loaders }: ApiContext): Promise<Page<RelationRow> & Pick<FundingConnection, "totalUsd" | "undisclosedCount">> {
    const filter = args.filter ?? {};
    const [slice] = await Promise.all([
      this.fundingService.fundings(
        fundingQueryOf(filter, { asOf: args.asOf, includeRetracted: args.includeRetracted, knownAt: args.knownAt ? args.knownAt.toISOString() : null }),
        pageWindow(args),
      ),
      filter.funder ? requireActor(loaders, filter.funder, "filter.funder") : null,
      filter.recipient ? requireActor(loaders, filter.recipient, "filter.recipient") : null,
    ]);
    return { ...toPage(slice.fundings, args, slice.total), totalUsd: slice.totalUsd, undisclosedCount: slice.undisclosed };
  }

  @FieldResolver(() => Actor)
  funder(@Root() funding: RelationRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, funding.fromId);
  }

  @FieldResolver(() => Actor)
  recipient(@Root() funding: RelationRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, funding.toId);
  }

  @FieldResolver(() => PartialDateScalar, { nullable: true })
  date(@Root() funding: RelationRow): string | null {
    return funding.validFrom;
  }

  @FieldResolver(() => PartialDateScalar, { nullable: true })
  until(@Root() funding: RelationRow): string | null {
    return funding.validTo;
  }

  @FieldResolver(() => [Citation])
  sources(@Root() funding: RelationRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "relation", fact: funding.id });
  }
}
