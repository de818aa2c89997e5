import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { actorNotFound, canonicalIds } from "../actor/require-actor";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type PageArgs } from "../graphql/pagination";
import { PartialDateScalar } from "../graphql/scalars";
import { precomputed } from "../query-compiler/precomputed";
import type { SelectionCompiler } from "../query-compiler/selection-compiler";
import type { RelationRow } from "../relation/relation.type";
import { Citation } from "../source/source.type";
import { actorOf } from "../actor/actor-of";
import { CountAmountKindsArgs, FundingsArgs, fundingQueryOf } from "./funding.args";
import type { FundingService, FundingSlice } from "./funding.service";
import { countedUsd } from "./amount-total.type";
import { FundingRound, type FundingRoundRow } from "./funding-round.type";
import { Funding, FundingConnection, type FundingPage } from "./funding.type";

/** `fundings`, the edge list of who funds whom, and the fields of a Funding, filled through the loaders. */
@Resolver(() => Funding)
export class FundingResolver implements ResolverInterface<Funding> {
  constructor(
    private readonly fundingService: FundingService,
    /** Null: the query compiler is off (config `queryCompiler`). */
    private readonly compiler: SelectionCompiler | null,
  ) {}

  @Query(() => FundingConnection, {
    description:
      "Who funds whom: FUNDS relations as an edge list, newest first (undated last, then by id), with the total in " +
      "US dollars over every matching funding and how many have no dollar figure. An unknown `filter.funder` or " +
      "`filter.recipient` is NOT_FOUND.",
  })
  async fundings(
    @Args() args: FundingsArgs,
    @Args() { countAmountKinds }: CountAmountKindsArgs,
    @Ctx() { loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FundingPage> {
    const filter = args.filter ?? {};
    const rest = { asOf: args.asOf, includeRetracted: args.includeRetracted, knownAt: args.knownAt ? args.knownAt.toISOString() : null };
    // One statement finds the actors the filter names (merged ids included) and answers the whole selection.
    const compiled = this.compiler ? await this.compiler.fundings(fundingQueryOf(filter, rest), pageWindow(args), info) : null;
    if (compiled) {
      if (compiled.funderFound === false) throw actorNotFound(filter.funder!, "filter.funder");
      if (compiled.recipientFound === false) throw actorNotFound(filter.recipient!, "filter.recipient");
      return fundingPage(compiled.slice, args, countAmountKinds);
    }
    const named = await canonicalIds(loaders, { funder: filter.funder, recipient: filter.recipient }, "filter.");
    const slice = await this.fundingService.fundings(fundingQueryOf({ ...filter, ...named }, rest), pageWindow(args));
    return fundingPage(slice, args, countAmountKinds);
  }

  @FieldResolver(() => FundingRound, {
    nullable: true,
    description: "The funding round this is the funder's part of, when the sources tie it to one.",
  })
  fundingRound(@Root() funding: RelationRow, @Ctx() { loaders }: ApiContext): Promise<FundingRoundRow | null> | null {
    return funding.fundingRoundId ? loaders.fundingRound.load(funding.fundingRoundId) : null;
  }

  @FieldResolver(() => Actor)
  funder(@Root() funding: RelationRow, @Ctx() { loaders }: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Actor> | Actor {
    return precomputed<Actor>(funding, info) ?? actorOf(loaders, funding.fromId);
  }

  @FieldResolver(() => Actor)
  recipient(@Root() funding: RelationRow, @Ctx() { loaders }: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Actor> | Actor {
    return precomputed<Actor>(funding, info) ?? actorOf(loaders, funding.toId);
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
  sources(
    @Root() funding: RelationRow,
    @Ctx() { loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Citation[]> | Citation[] {
    return precomputed<Citation[]>(funding, info) ?? loaders.citations.load({ kind: "relation", fact: funding.id });
  }
}

/** A page of fundings with its totals: `totalUsd` adds up only the amount kinds counted. */
export function fundingPage(slice: FundingSlice, page: PageArgs, counted: readonly string[]): FundingPage {
  return {
    ...toPage(slice.fundings, page, slice.total),
    totalUsd: countedUsd(slice.byAmountKind, counted),
    undisclosedCount: slice.undisclosed,
    byAmountKind: slice.byAmountKind,
  };
}
