import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { requireActor } from "../actor/require-actor";
import { NotFoundError } from "../errors/app-errors";
import type { ApiContext } from "../graphql/context";
import { PageArgs, pageWindow } from "../graphql/pagination";
import { Citation } from "../source/source.type";
import { actorOf } from "../actor/actor-of";
import { CountAmountKindsArgs } from "./funding.args";
import { fundingPage } from "./funding.resolver";
import type { FundingService } from "./funding.service";
import type { FundingPage } from "./funding.type";
import { FundingRound, type FundingRoundRow } from "./funding-round.type";

/** `fundingRound` and `fundingRounds`, and the fields of a round, filled through the loaders. */
@Resolver(() => FundingRound)
export class FundingRoundResolver implements ResolverInterface<FundingRound> {
  constructor(private readonly fundingService: FundingService) {}

  @Query(() => FundingRound, { description: "One funding round by id, with its investors' parts. An unknown id is NOT_FOUND." })
  async fundingRound(
    @Arg("id", () => ID, { description: 'The round\'s id, e.g. "anthropic-2025-03-series-e".' }) id: string,
    @Ctx() { loaders }: ApiContext,
  ): Promise<FundingRoundRow> {
    const round = await loaders.fundingRound.load(id);
    if (!round)
      throw new NotFoundError(
        `No funding round has the id "${id}" (id). List an actor's rounds with fundingRounds(recipient: …).`,
        "id",
        id,
      );
    return round;
  }

  @Query(() => [FundingRound], {
    description: "The funding rounds an actor raised, newest first (undated last, then by id). An unknown recipient is NOT_FOUND.",
  })
  async fundingRounds(
    @Arg("recipient", () => ID, { description: 'The actor that raised them, e.g. "anthropic".' }) recipient: string,
    @Ctx() { loaders }: ApiContext,
  ): Promise<FundingRoundRow[]> {
    const actor = await requireActor(loaders, recipient, "recipient");
    const [rounds] = await this.fundingService.roundsOf([actor.id]);
    return rounds ?? [];
  }

  @FieldResolver(() => Actor)
  recipient(@Root() round: FundingRoundRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, round.recipientId);
  }

  @FieldResolver(() => Actor, { nullable: true })
  lead(@Root() round: FundingRoundRow, @Ctx() { loaders }: ApiContext): Promise<Actor> | null {
    return round.leadId ? actorOf(loaders, round.leadId) : null;
  }

  @FieldResolver(() => [Citation])
  sources(@Root() round: FundingRoundRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "round", fact: round.id });
  }

  /** One query per round asked: rounds are read one or a few at a time, not in long lists. */
  @FieldResolver()
  async fundings(
    @Root() round: FundingRoundRow,
    @Args() page: PageArgs,
    @Args() { countAmountKinds }: CountAmountKindsArgs,
  ): Promise<FundingPage> {
    const slice = await this.fundingService.fundings({ recipient: round.recipientId, fundingRound: round.id }, pageWindow(page));
    return fundingPage(slice, page, countAmountKinds);
  }
}
