import { Field, ID, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { PartialDateScalar } from "../graphql/scalars";
import { Confidence, EventRole } from "../model/model-enums";
import { Citation } from "../source/source.type";

/** An actor's part in an event as Cypher returns it; EventParticipantResolver fills the actor. */
export interface EventParticipantRow {
  actorId: string;
  role: string;
}

/**
 * An event as Cypher returns it: its properties and its participants, projected the same way by every event
 * query (see cypher/timeline/events-by-ids.cypher), so one resolver fills `sources` for all of them.
 */
export interface EventRow {
  id: string;
  name: string;
  date: string;
  endDate: string | null;
  description: string | null;
  confidence: string;
  participants: EventParticipantRow[];
}

@ObjectType({ description: "An actor's part in an event." })
export class EventParticipant implements EventParticipantRow {
  actorId!: string;

  @Field(() => Actor, { description: "The actor." })
  actor!: Actor;

  @Field(() => EventRole, { description: "Its part: the event's subject, an agent who acted, or another participant." })
  role!: string;
}

@ObjectType({ description: "A dated happening that matters to the graph: a firing, a launch, a rule, a lawsuit, with who took part." })
export class Event implements EventRow {
  @Field(() => ID, { description: 'Stable slug id, e.g. "altman-fired-2023-11-17".' })
  id!: string;

  @Field({ description: "A short name." })
  name!: string;

  @Field(() => PartialDateScalar, { description: "When it happened (for an event that spans time, when it began)." })
  date!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it ended, for an event that spans time; null for a single moment." })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: "What happened, in one or two neutral sentences." })
  description!: string | null;

  @Field(() => Confidence, { description: "How well the sources establish the event." })
  confidence!: string;

  @Field(() => [EventParticipant], {
    description: "Who took part and how, agents first, then participants, then subjects, each by actor id.",
  })
  participants!: EventParticipant[];

  @Field(() => [Citation], { description: "The sources that report the event, each with its quote." })
  sources!: Citation[];
}
