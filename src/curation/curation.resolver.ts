import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { callerHasRole, requireRole } from "../auth/caller";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import { Relation } from "../relation/relation.type";
import { Source } from "../source/source.type";
import { Change, ChangeConnection } from "./change.type";
import { AddSourceArgs, HistoryArgs, MergeActorsArgs, RetractRelationArgs, UpsertActorArgs, UpsertRelationArgs } from "./curation.args";
import type { CurationService, StoredRelation } from "./curation.service";
import type { HistoryService } from "./history.service";

/**
 * The edits, and the audit trail that records them. Editors (and admins) may upsert, add sources and retract;
 * only admins may merge. Inputs are validated by the seeder's own class-validator classes before a resolver
 * runs, so what a CSV row may not hold, an edit may not either.
 */
@Resolver()
export class CurationResolver {
  constructor(
    private readonly curation: CurationService,
    private readonly histories: HistoryService,
  ) {}

  @Mutation(() => Actor, { description: "Creates an actor, or updates the one with this id (role editor). Recorded in `history`." })
  async upsertActor(@Args() { input }: UpsertActorArgs, @Ctx() ctx: ApiContext): Promise<Actor> {
    const by = requireRole(ctx.caller, "editor", "upsertActor");
    await this.curation.upsertActor(input, by);
    return (await ctx.loaders.actor.clear(input.id).load(input.id))!;
  }

  @Mutation(() => Relation, {
    description:
      "Creates a relation, or updates the one with this id, with its source and quote (role editor). The source must exist (see addSource); the ends must be actors whose kinds fit the type.",
  })
  upsertRelation(@Args() { input }: UpsertRelationArgs, @Ctx() ctx: ApiContext): Promise<StoredRelation> {
    return this.curation.upsertRelation(input, requireRole(ctx.caller, "editor", "upsertRelation"));
  }

  @Mutation(() => Source, { description: "Adds a source document, or updates the one with this id (role editor)." })
  addSource(@Args() { input }: AddSourceArgs, @Ctx() ctx: ApiContext): Promise<Source> {
    return this.curation.addSource(input, requireRole(ctx.caller, "editor", "addSource"));
  }

  @Mutation(() => Relation, {
    description:
      "Retracts a relation, softly (role editor): it stays, marked with who retracted it, when and why, and reads leave it out unless `includeRetracted: true`.",
  })
  retractRelation(@Args() { id, reason }: RetractRelationArgs, @Ctx() ctx: ApiContext): Promise<StoredRelation> {
    return this.curation.retractRelation(id, reason, requireRole(ctx.caller, "editor", "retractRelation"));
  }

  @Mutation(() => Actor, {
    description:
      "Merges a duplicate actor into another (role admin): every relation of `remove` moves to `keep`, `actor(id: remove)` then answers `keep`, and the merge is recorded. Answers the kept actor.",
  })
  async mergeActors(@Args() { keep, remove }: MergeActorsArgs, @Ctx() ctx: ApiContext): Promise<Actor> {
    await this.curation.mergeActors(keep, remove, requireRole(ctx.caller, "admin", "mergeActors"));
    return (await ctx.loaders.actor.clear(keep).load(keep))!;
  }

  @Query(() => ChangeConnection, {
    description:
      'The recorded changes to an actor, relation or source (or the seed runs of a dataset, e.g. "seeds"), newest first: who, when, what, and the values before and after.',
  })
  async history(@Args() args: HistoryArgs, @Ctx() ctx: ApiContext): Promise<Page<Change>> {
    const found = await this.histories.history(args.entity, pageWindow(args));
    const changes = callerHasRole(ctx.caller, "editor") ? found.changes : found.changes.map(withoutKeyNames);
    return toPage(changes, args, found.total);
  }
}

/**
 * A change as a reader sees it: that it happened, when and what, without the names of the keys that made it
 * (`by`, and the `updatedBy` and `retractedBy` its values record), which only editors and admins see.
 */
function withoutKeyNames(change: Change): Change {
  const strip = (json: string | null): string | null => {
    if (json === null) return null;
    const { updatedBy: _u, retractedBy: _r, ...values } = JSON.parse(json) as Record<string, unknown>;
    return JSON.stringify(values);
  };
  return { ...change, by: null, before: strip(change.before), after: strip(change.after) };
}
