import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { Actor } from "../../actor/actor.type";
import { actorOf } from "../../actor/actor-of";
import type { ApiContext } from "../../graphql/context";
import { RankingsArgs } from "./ranking.args";
import type { RankingService } from "./ranking.service";
import { RankedActor, Ranking, type RankedActorRow, type RankingRow } from "./ranking.type";

/** `rankings`: actors ranked by PageRank or brokerage in the money and control graph of a day. */
@Resolver(() => Ranking)
export class RankingResolver implements ResolverInterface<Ranking> {
  constructor(private readonly rankingService: RankingService) {}

  @Query(() => Ranking, {
    description:
      "Actors ranked by their position in the money and control graph on `asOf`: the FUNDS, OWNS and CONTROLS relations " +
      "valid that day, retracted ones left out. PAGERANK and REVERSE_PAGERANK run weighted PageRank (money paid in dollars; " +
      "`weighting` states the rule for pledges, undisclosed sums, stakes and control); BROKERAGE counts how often an actor " +
      "lies on the shortest paths between democratic and authoritarian states. The answer names the algorithm, its " +
      "settings and the relation types. Rankings are computed once per measure, day and graph version, then served from a " +
      "cache until a seed or a mutation changes the graph.",
  })
  async rankings(@Args() { measure, asOf, first }: RankingsArgs): Promise<RankingRow> {
    const ranking = await this.rankingService.ranking(measure, asOf);
    return { ...ranking, actors: ranking.actors.slice(0, first) };
  }

  @FieldResolver(() => [Actor], { nullable: true })
  democraticStates(@Root() ranking: RankingRow, @Ctx() { loaders }: ApiContext): Promise<Actor[]> | null {
    return ranking.democraticStateIds && Promise.all(ranking.democraticStateIds.map((id) => actorOf(loaders, id)));
  }

  @FieldResolver(() => [Actor], { nullable: true })
  authoritarianStates(@Root() ranking: RankingRow, @Ctx() { loaders }: ApiContext): Promise<Actor[]> | null {
    return ranking.authoritarianStateIds && Promise.all(ranking.authoritarianStateIds.map((id) => actorOf(loaders, id)));
  }
}

/** Fills a ranked actor through the loader: one query for the whole list. */
@Resolver(() => RankedActor)
export class RankedActorResolver implements ResolverInterface<RankedActor> {
  @FieldResolver(() => Actor)
  actor(@Root() ranked: RankedActorRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, ranked.actorId);
  }
}
