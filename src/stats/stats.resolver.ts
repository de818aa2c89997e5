import { Args, Query, Resolver } from "type-graphql";
import { StatsArgs } from "./stats.args";
import type { StatsService } from "./stats.service";
import { Stats } from "./stats.type";

@Resolver(() => Stats)
export class StatsResolver {
  constructor(private readonly statsService: StatsService) {}

  @Query(() => Stats, {
    description: "How much the graph holds: actors by kind, relations by type, sources, and relations that no source supports. One query.",
  })
  stats(@Args() { dataset }: StatsArgs): Promise<Stats> {
    return this.statsService.stats(dataset ?? null);
  }
}
