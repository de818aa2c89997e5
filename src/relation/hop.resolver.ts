import { Ctx, FieldResolver, Resolver, Root, type ResolverInterface } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { ApiContext } from "../graphql/context";
import { Confidence } from "../model/model-enums";
import { Citation } from "../source/source.type";
import { HopDirection, RelationType } from "./relation-type";
import { endOf } from "./relation.resolver";
import { Hop, type HopRow } from "./hop.type";

/** Fills a hop from its relation: ends in walking order, type, confidence and sources, through the loaders. */
@Resolver(() => Hop)
export class HopResolver implements ResolverInterface<Hop> {
  @FieldResolver(() => Actor)
  from(@Root() hop: HopRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    const { relation } = hop;
    return endOf(relation, hop.direction === HopDirection.FORWARD ? relation.fromId : relation.toId, loaders);
  }

  @FieldResolver(() => Actor)
  to(@Root() hop: HopRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    const { relation } = hop;
    return endOf(relation, hop.direction === HopDirection.FORWARD ? relation.toId : relation.fromId, loaders);
  }

  @FieldResolver(() => RelationType)
  type(@Root() hop: HopRow): string {
    return hop.relation.type;
  }

  @FieldResolver(() => Confidence)
  confidence(@Root() hop: HopRow): string {
    return hop.relation.confidence;
  }

  @FieldResolver(() => [Citation])
  sources(@Root() hop: HopRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "relation", fact: hop.relation.id });
  }
}
