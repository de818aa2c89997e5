import { Args, Ctx, Query, Resolver } from "type-graphql";
import { requireActor } from "../actor/require-actor";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import { TimelineArgs } from "./timeline.args";
import type { TimelineService } from "./timeline.service";
import { TimelineConnection, type TimelineEntryRow } from "./timeline.type";

@Resolver()
export class TimelineResolver {
  constructor(private readonly timelineService: TimelineService) {}

  @Query(() => TimelineConnection, {
    description:
      "The dated facts that touch an actor, oldest first: relations it is an end of (where each began and where each ended), " +
      "statements it made or that are about it, events it took part in, and the policy instruments that target it (where each " +
      "began and where each stopped applying). Facts without a date are left out. " +
      'Entries sort at the earliest day of their date ("2023" before "2023-01-23"), then by kind and id. ' +
      "`from` and `to` keep the entries that overlap the period; an unknown actor is NOT_FOUND.",
  })
  async timeline(@Args() args: TimelineArgs, @Ctx() { loaders }: ApiContext): Promise<Page<TimelineEntryRow>> {
    // The actor check goes through the loader, so the actor is read once and the entries' relation ends reuse it; an
    // id merged away answers for the actor it was merged into.
    const actor = await requireActor(loaders, args.actor, "actor");
    const slice = await this.timelineService.timelineOf(actor.id, { from: args.from, to: args.to, kinds: args.kind }, pageWindow(args));
    return toPage(slice.entries, args, slice.total);
  }
}
