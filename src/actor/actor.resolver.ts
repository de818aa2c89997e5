import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import type { RelationService } from "../relation/relation.service";
import { ActorConnection } from "./actor-connection";
import { actorFromProperties } from "./actor-properties";
import { loadRelationField } from "./actor-relations.resolver";
import type { ActorService } from "./actor.service";
import { ActorArgs } from "./actor.args";
import { Actor } from "./actor.type";
import { ActorsArgs } from "./actors.args";
import { SearchArgs } from "./search.args";
import { SearchHit } from "./search-hit.type";
import { firstRelationFieldAsked } from "./relation-prefetch";

@Resolver(() => Actor)
export class ActorResolver {
  constructor(
    private readonly actorService: ActorService,
    private readonly relationService: RelationService,
  ) {}

  @Query(() => Actor, {
    nullable: true,
    description: 'One actor by its slug id; null when no actor has it (an unknown id is an answer, not an error: "is X in the graph?").',
  })
  async actor(@Args() { id }: ActorArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Actor | null> {
    // When the selection lists the actor's relations (`actor(id) { funders { … } }`), one query answers both:
    // the page lands in the loader the field resolver reads, and the actor comes with it. An id the query does
    // not find (unknown, or merged into another actor) goes through the actor loader, which knows merges.
    const asked = firstRelationFieldAsked(info);
    if (asked) {
      const slice = await loadRelationField(ctx, this.relationService, asked.field, id, asked.args);
      if (slice.actor) {
        const actor = actorFromProperties(slice.actor);
        ctx.loaders.actor.prime(id, actor);
        return actor;
      }
    }
    return ctx.loaders.actor.load(id);
  }

  @Query(() => ActorConnection, { description: "Actors by kind, country, regime class and name, ordered by name, a page at a time." })
  async actors(@Args() args: ActorsArgs, @Ctx() { loaders }: ApiContext): Promise<Page<Actor>> {
    const { filter } = args;
    const found = await this.actorService.find(
      { kinds: filter?.kind, countries: filter?.country, regimes: filter?.regime, text: filter?.text },
      "name",
      pageWindow(args),
    );
    const actors = found.page.map((hit) => hit.actor);
    for (const actor of actors) loaders.actor.prime(actor.id, actor);
    return toPage(actors, args, found.total);
  }

  @Query(() => [SearchHit], {
    description: 'Full-text search over names and aliases in every language ("États-Unis" finds the United States), best match first.',
  })
  async search(@Args() args: SearchArgs, @Ctx() { loaders }: ApiContext): Promise<SearchHit[]> {
    const found = await this.actorService.find({ text: args.text, kinds: args.kind }, "score", { offset: 0, limit: args.first });
    for (const { actor } of found.page) loaders.actor.prime(actor.id, actor);
    return found.page.map(({ actor, score }) => ({ actor, score: score ?? 0 }));
  }
}
