import { Args, Ctx, Query, Resolver } from "type-graphql";
import { requireActor } from "../actor/require-actor";
import type { ApiContext } from "../graphql/context";
import { ConnectionsArgs } from "./path.args";
import type { PathService } from "./path.service";
import { Path, type PathRow } from "./path.type";

@Resolver(() => Path)
export class PathResolver {
  constructor(private readonly pathService: PathService) {}

  @Query(() => [Path], {
    description:
      "How two actors are connected: the shortest paths between them, then the next-shortest, up to `first` (5 when omitted), " +
      "sorted by length, then by the ids of the actors along them. Paths never visit an actor twice; they walk relations " +
      "either way unless `directed`, and only those of `relationTypes` and valid on `asOf` when given. A path is a route " +
      "through actors: where two actors have several relations that qualify, its hop shows the best sourced (confirmed, " +
      "then reported, then alleged), then the one with the smallest id, and the others make no extra paths (read them " +
      "with `actor { relations }`). The search keeps the 100 shortest paths: only when more than 100 are no longer " +
      "than the last one returned does Neo4j choose among those of that length. An empty list: no path within `maxHops`. " +
      "NOT_FOUND when `from` or `to` is unknown; BAD_USER_INPUT when they are the same actor.",
  })
  async connections(@Args() args: ConnectionsArgs, @Ctx() { loaders }: ApiContext): Promise<PathRow[]> {
    const [from, to] = await Promise.all([requireActor(loaders, args.from, "from"), requireActor(loaders, args.to, "to")]);
    const paths = await this.pathService.connections({
      from: from.id,
      to: to.id,
      maxHops: args.maxHops,
      first: args.first,
      types: args.relationTypes,
      asOf: args.asOf,
      directed: args.directed,
    });
    // The paths carry their actors: in the loader, the hops' `from` and `to` need no statement of their own.
    for (const path of paths) for (const actor of path.actors) loaders.actor.prime(actor.id, actor);
    return paths;
  }
}
