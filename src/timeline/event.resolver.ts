import { Ctx, FieldResolver, Resolver, Root, type ResolverInterface } from "type-graphql";
import { actorOf } from "../actor/actor-of";
import { Actor } from "../actor/actor.type";
import type { ApiContext } from "../graphql/context";
import { Citation } from "../source/source.type";
import { Event, EventParticipant, type EventParticipantRow, type EventRow } from "./event.type";

/** Fills an event's sources through the citations loader, whichever query returned the event. */
@Resolver(() => Event)
export class EventResolver implements ResolverInterface<Event> {
  @FieldResolver(() => [Citation])
  sources(@Root() event: EventRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "event", fact: event.id });
  }
}

/** Fills a participant's actor through the actor loader: one query for the participants of every event of a list. */
@Resolver(() => EventParticipant)
export class EventParticipantResolver implements ResolverInterface<EventParticipant> {
  @FieldResolver(() => Actor)
  async actor(@Root() participant: EventParticipantRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, participant.actorId, "An event");
  }
}
