import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import { precomputed } from "../query-compiler/precomputed";
import { ActorRelationsArgs, DatedPageArgs } from "../relation/relation.args";
import { RelationConnection } from "../relation/relation-connection";
import { Direction } from "../relation/relation-type";
import type { RelationFilter, RelationService, RelationSlice } from "../relation/relation.service";
import type { RelationRow } from "../relation/relation.type";
import { Actor } from "./actor.type";

/** The record-time half of a filter: retracted relations, and what the graph said at `knownAt`. */
function bitemporal(args: DatedPageArgs): Pick<RelationFilter, "includeRetracted" | "knownAt"> {
  return { includeRetracted: args.includeRetracted, knownAt: args.knownAt ? args.knownAt.toISOString() : null };
}

/**
 * The fields of Actor that list its relations: each one's arguments class and the filter its arguments ask for.
 * The field resolvers below and the query compiler (src/query-compiler/relation-selection.ts) both read this, so
 * both read the same relations.
 */
export const relationFields = {
  funders: {
    args: DatedPageArgs,
    filter: (a: DatedPageArgs): RelationFilter => ({ types: ["FUNDS"], direction: Direction.INCOMING, asOf: a.asOf, ...bitemporal(a) }),
  },
  investees: {
    args: DatedPageArgs,
    filter: (a: DatedPageArgs): RelationFilter => ({ types: ["FUNDS"], direction: Direction.OUTGOING, asOf: a.asOf, ...bitemporal(a) }),
  },
  board: {
    args: DatedPageArgs,
    filter: (a: DatedPageArgs): RelationFilter => ({
      types: ["BOARD_MEMBER_OF"],
      direction: Direction.INCOMING,
      asOf: a.asOf,
      ...bitemporal(a),
    }),
  },
  members: {
    args: DatedPageArgs,
    filter: (a: DatedPageArgs): RelationFilter => ({ types: ["MEMBER_OF"], direction: Direction.INCOMING, asOf: a.asOf, ...bitemporal(a) }),
  },
  relations: {
    args: ActorRelationsArgs,
    filter: (a: DatedPageArgs): RelationFilter => ({
      types: (a as ActorRelationsArgs).type,
      direction: (a as ActorRelationsArgs).direction,
      asOf: a.asOf,
      ...bitemporal(a),
    }),
  },
} as const;
export type RelationField = keyof typeof relationFields;

/**
 * One page of a relation field of the actor `actorId`, through the request's loader for that field and those
 * arguments: the actors of a list that ask the same field with the same arguments share one query.
 */
export function loadRelationField(
  ctx: ApiContext,
  relationService: RelationService,
  field: RelationField,
  actorId: string,
  args: DatedPageArgs,
): Promise<RelationSlice> {
  const filter = relationFields[field].filter(args);
  const window = pageWindow(args);
  const loader = ctx.loaders.forArgs<string, RelationSlice>(field, { filter, window }, (ids) =>
    relationService.relationsOf(ids, filter, window),
  );
  return loader.load(actorId);
}

/**
 * The relations of an actor, as fields of Actor. Each field of every actor in a list is loaded by one query
 * per distinct set of arguments (see Loaders.forArgs), so a list of 20 actors with their funders costs one
 * round trip for the funders, not 20.
 */
@Resolver(() => Actor)
export class ActorRelationsResolver {
  constructor(private readonly relationService: RelationService) {}

  @FieldResolver(() => RelationConnection, { description: "Who funded this actor: incoming FUNDS relations, newest first." })
  funders(
    @Root() actor: Actor,
    @Args() args: DatedPageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<RelationRow>> | Page<RelationRow> {
    return this.page(ctx, "funders", actor, args, info);
  }

  @FieldResolver(() => RelationConnection, { description: "Whom this actor funded: outgoing FUNDS relations, newest first." })
  investees(
    @Root() actor: Actor,
    @Args() args: DatedPageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<RelationRow>> | Page<RelationRow> {
    return this.page(ctx, "investees", actor, args, info);
  }

  @FieldResolver(() => RelationConnection, {
    description:
      "Who sits on this actor's board: incoming BOARD_MEMBER_OF relations, observers included (see `role`). With `asOf`, the board on that day.",
  })
  board(
    @Root() actor: Actor,
    @Args() args: DatedPageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<RelationRow>> | Page<RelationRow> {
    return this.page(ctx, "board", actor, args, info);
  }

  @FieldResolver(() => RelationConnection, { description: "The members of this alliance, body or group: incoming MEMBER_OF relations." })
  members(
    @Root() actor: Actor,
    @Args() args: DatedPageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<RelationRow>> | Page<RelationRow> {
    return this.page(ctx, "members", actor, args, info);
  }

  @FieldResolver(() => RelationConnection, { description: "Any of this actor's relations, filtered by type, direction and day." })
  relations(
    @Root() actor: Actor,
    @Args() args: ActorRelationsArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<RelationRow>> | Page<RelationRow> {
    return this.page(ctx, "relations", actor, args, info);
  }

  /** The page the query compiler answered for this field of this actor, else one through the field's loader. */
  private page(
    ctx: ApiContext,
    field: RelationField,
    actor: Actor,
    args: DatedPageArgs,
    info: GraphQLResolveInfo,
  ): Promise<Page<RelationRow>> | Page<RelationRow> {
    return precomputed<Page<RelationRow>>(actor, info) ?? this.load(ctx, field, actor, args);
  }

  private async load(ctx: ApiContext, field: RelationField, actor: Actor, args: DatedPageArgs): Promise<Page<RelationRow>> {
    const slice = await loadRelationField(ctx, this.relationService, field, actor.id, args);
    return toPage(slice.relations, args, slice.total);
  }
}
