import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import { ActorRelationsArgs, DatedPageArgs } from "../relation/relation.args";
import { RelationConnection } from "../relation/relation-connection";
import { Direction } from "../relation/relation-type";
import type { RelationFilter, RelationService, RelationSlice } from "../relation/relation.service";
import type { RelationRow } from "../relation/relation.type";
import { Actor } from "./actor.type";

/**
 * The relations of an actor, as fields of Actor. Each field of every actor in a list is loaded by one query
 * per distinct set of arguments (see Loaders.forArgs), so a list of 20 actors with their funders costs one
 * round trip for the funders, not 20.
 */
/** The record-time half of a filter: retracted relations, and what the graph said at `knownAt`. */
function bitemporal(args: DatedPageArgs): Pick<RelationFilter, "includeRetracted" | "knownAt"> {
  return { includeRetracted: args.includeRetracted, knownAt: args.knownAt ? args.knownAt.toISOString() : null };
}

@Resolver(() => Actor)
export class ActorRelationsResolver {
  constructor(private readonly relationService: RelationService) {}

  @FieldResolver(() => RelationConnection, { description: "Who funded this actor: incoming FUNDS relations, newest first." })
  funders(@Root() actor: Actor, @Args() args: DatedPageArgs, @Ctx() ctx: ApiContext): Promise<Page<RelationRow>> {
    return this.load(ctx, "funders", actor, { types: ["FUNDS"], direction: Direction.INCOMING, asOf: args.asOf, ...bitemporal(args) }, args);
  }

  @FieldResolver(() => RelationConnection, { description: "Whom this actor funded: outgoing FUNDS relations, newest first." })
  investees(@Root() actor: Actor, @Args() args: DatedPageArgs, @Ctx() ctx: ApiContext): Promise<Page<RelationRow>> {
    return this.load(ctx, "investees", actor, { types: ["FUNDS"], direction: Direction.OUTGOING, asOf: args.asOf, ...bitemporal(args) }, args);
  }

  @FieldResolver(() => RelationConnection, {
    description: "Who sits on this actor's board: incoming BOARD_MEMBER_OF relations, observers included (see `role`). With `asOf`, the board on that day.",
  })
  board(@Root() actor: Actor, @Args() args: DatedPageArgs, @Ctx() ctx: ApiContext): Promise<Page<RelationRow>> {
    return this.load(ctx, "board", actor, { types: ["BOARD_MEMBER_OF"], direction: Direction.INCOMING, asOf: args.asOf, ...bitemporal(args) }, args);
  }

  @FieldResolver(() => RelationConnection, { description: "The members of this alliance, body or group: incoming MEMBER_OF relations." })
  members(@Root() actor: Actor, @Args() args: DatedPageArgs, @Ctx() ctx: ApiContext): Promise<Page<RelationRow>> {
    return this.load(ctx, "members", actor, { types: ["MEMBER_OF"], direction: Direction.INCOMING, asOf: args.asOf, ...bitemporal(args) }, args);
  }

  @FieldResolver(() => RelationConnection, { description: "Any of this actor's relations, filtered by type, direction and day." })
  relations(@Root() actor: Actor, @Args() args: ActorRelationsArgs, @Ctx() ctx: ApiContext): Promise<Page<RelationRow>> {
    return this.load(ctx, "relations", actor, { types: args.type, direction: args.direction, asOf: args.asOf, ...bitemporal(args) }, args);
  }

  private async load(ctx: ApiContext, field: string, actor: Actor, filter: RelationFilter, args: DatedPageArgs): Promise<Page<RelationRow>> {
    const window = pageWindow(args);
    const loader = ctx.loaders.forArgs<string, RelationSlice>(
      field,
      { filter, window },
      (ids) => this.relationService.relationsOf(ids, filter, window),
    );
    const slice = await loader.load(actor.id);
    return toPage(slice.relations, args, slice.total);
  }
}
