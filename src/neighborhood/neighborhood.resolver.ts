import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { actorOf } from "../actor/actor-of";
import { Actor } from "../actor/actor.type";
import { requireActor } from "../actor/require-actor";
import type { ApiContext } from "../graphql/context";
import { pageWindow } from "../graphql/pagination";
import { NeighborhoodArgs } from "./neighborhood.args";
import type { NeighborhoodService } from "./neighborhood.service";
import { Neighborhood, NeighborhoodNode, type NeighborhoodNodeRow, type NeighborhoodRow } from "./neighborhood.type";

@Resolver(() => Neighborhood)
export class NeighborhoodResolver implements ResolverInterface<Neighborhood> {
  constructor(private readonly neighborhoodService: NeighborhoodService) {}

  @Query(() => Neighborhood, {
    description:
      "The graph around an actor, ready to draw: every relation among the actors within `depth` hops of it (1 to 3), " +
      "walking and keeping only relations of `relationTypes` and valid on `asOf` when given. Relations come a page at " +
      "a time (`first`, `after`), nearest first; `nodes` holds the actors of the page with their distance from the " +
      "centre. NOT_FOUND when no actor has the id.",
  })
  async neighborhood(@Args() args: NeighborhoodArgs, @Ctx() { loaders }: ApiContext): Promise<NeighborhoodRow> {
    const centre = await requireActor(loaders, args.id, "id");
    const neighborhood = await this.neighborhoodService.neighborhood(
      { id: centre.id, depth: args.depth, types: args.relationTypes, asOf: args.asOf, first: args.first, after: args.after },
      pageWindow(args),
    );
    // The page's actors came with it: in the loader, its nodes and the ends of its edges need no statement of their own.
    for (const actor of neighborhood.actors) loaders.actor.prime(actor.id, actor);
    return neighborhood;
  }

  @FieldResolver(() => Actor)
  center(@Root() neighborhood: NeighborhoodRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return requireActor(loaders, neighborhood.centerId, "id");
  }
}

/** Fills a neighborhood's actors through the request's loader: one batch for all the nodes and relation ends. */
@Resolver(() => NeighborhoodNode)
export class NeighborhoodNodeResolver implements ResolverInterface<NeighborhoodNode> {
  @FieldResolver(() => Actor)
  async actor(@Root() node: NeighborhoodNodeRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, node.actorId, "A neighborhood");
  }
}
