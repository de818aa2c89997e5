import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import type { SelectionCompiler } from "../query-compiler/selection-compiler";
import { ActorConnection } from "./actor-connection";
import type { ActorService } from "./actor.service";
import { ActorArgs } from "./actor.args";
import { Actor } from "./actor.type";
import { ActorsArgs } from "./actors.args";
import { SearchArgs } from "./search.args";
import { SearchHit } from "./search-hit.type";

@Resolver(() => Actor)
export class ActorResolver {
  constructor(
    private readonly actorService: ActorService,
    /** Null: the query compiler is off (config `queryCompiler`), and every field resolves through the loaders. */
    private readonly compiler: SelectionCompiler | null,
  ) {}

  @Query(() => Actor, {
    nullable: true,
    description: 'One actor by its slug id; null when no actor has it (an unknown id is an answer, not an error: "is X in the graph?").',
  })
  async actor(@Args() { id }: ActorArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Actor | null> {
    // One statement answers the actor and every relation field of its selection, at any depth.
    if (this.compiler) return this.compiler.actor(id, info);
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
