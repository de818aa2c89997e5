import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import { SourceArgs, SourceFactsArgs, SourcesArgs } from "./source.args";
import type { Slice, SourceService } from "./source.service";
import { Source, SourceConnection, SourceFactConnection, type SourceFactRow } from "./source.type";

/**
 * The sources the graph's facts rest on, and what each supports. `facts` of every source of a list is read by
 * one query per distinct set of arguments (see Loaders.forArgs).
 */
@Resolver(() => Source)
export class SourceResolver {
  constructor(private readonly sourceService: SourceService) {}

  @Query(() => SourceConnection, {
    description: "The sources the graph cites, newest first (undated last), then by id, optionally filtered.",
  })
  async sources(@Args() args: SourcesArgs): Promise<Page<Source>> {
    const slice = await this.sourceService.sources(args.filter ?? {}, pageWindow(args));
    return toPage(slice.items, args, slice.total);
  }

  @Query(() => Source, { nullable: true, description: "One source by its slug id; null when no source has it." })
  source(@Args() { id }: SourceArgs, @Ctx() { loaders }: ApiContext): Promise<Source | null> {
    return loaders.source.load(id);
  }

  @FieldResolver(() => SourceFactConnection, {
    description: "The facts this source supports, each with its quote: by kind, then by fact id.",
  })
  async facts(@Root() source: Source, @Args() args: SourceFactsArgs, @Ctx() { loaders }: ApiContext): Promise<Page<SourceFactRow>> {
    const window = pageWindow(args);
    const kinds = args.kind ?? null;
    const loader = loaders.forArgs<string, Slice<SourceFactRow>>("Source.facts", { kinds, window }, (ids) =>
      this.sourceService.factsOf(ids, kinds, window),
    );
    const slice = await loader.load(source.id);
    return toPage(slice.items, args, slice.total);
  }
}
