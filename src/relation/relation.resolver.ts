import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root, type ResolverInterface } from "type-graphql";
import { actorOf } from "../actor/actor-of";
import { actorFromProperties } from "../actor/actor-properties";
import { Actor } from "../actor/actor.type";
import { FundingRound, type FundingRoundRow } from "../funding/funding-round.type";
import type { ApiContext } from "../graphql/context";
import { precomputed } from "../query-compiler/precomputed";
import { Citation } from "../source/source.type";
import { Relation, type RelationRow } from "./relation.type";

/**
 * Fills a relation's ends and sources: with what the query compiler answered when it did, else through the
 * request's loaders, whichever query returned the relation.
 */
@Resolver(() => Relation)
export class RelationResolver implements ResolverInterface<Relation> {
  @FieldResolver(() => FundingRound, {
    nullable: true,
    description: "For FUNDS, the funding round this is the funder's part of, when the sources tie it to one.",
  })
  fundingRound(@Root() relation: RelationRow, @Ctx() { loaders }: ApiContext): Promise<FundingRoundRow | null> | null {
    return relation.fundingRoundId ? loaders.fundingRound.load(relation.fundingRoundId) : null;
  }

  @FieldResolver(() => Actor)
  from(@Root() relation: RelationRow, @Ctx() { loaders }: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Actor> | Actor {
    return precomputed<Actor>(relation, info) ?? endOf(relation, relation.fromId, loaders);
  }

  @FieldResolver(() => Actor)
  to(@Root() relation: RelationRow, @Ctx() { loaders }: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Actor> | Actor {
    return precomputed<Actor>(relation, info) ?? endOf(relation, relation.toId, loaders);
  }

  @FieldResolver(() => [Citation])
  sources(
    @Root() relation: RelationRow,
    @Ctx() { loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Citation[]> | Citation[] {
    return precomputed<Citation[]>(relation, info) ?? loaders.citations.load({ kind: "relation", fact: relation.id });
  }
}

/**
 * A relation's end: from the properties the relation's query returned with it when it did (then the request's
 * actor loader learns it too, so a later load of that id costs no query), else through the loader.
 * An end always exists (Neo4j has no dangling relationships), so a miss is a bug, not a user error.
 */
export async function endOf(relation: RelationRow, id: string, loaders: ApiContext["loaders"]): Promise<Actor> {
  const carried = id === relation.fromId ? relation.fromActor : id === relation.toId ? relation.toActor : undefined;
  if (carried) {
    const actor = actorFromProperties(carried);
    loaders.actor.prime(id, actor);
    return actor;
  }
  return actorOf(loaders, id, `Relation ${relation.id}`);
}
