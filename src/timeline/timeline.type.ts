import { Field, ID, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { UnreachableCaseError } from "../errors/unreachable-case-error";
import { Connection } from "../graphql/pagination";
import { PartialDateScalar } from "../graphql/scalars";
import { EventRole } from "../model/model-enums";
import { Statement, type StatementRow } from "../plan/statement.type";
import { PolicyTarget, type PolicyTargetRow } from "../policy/policy.type";
import { Relation, type RelationRow } from "../relation/relation.type";
import { Event, type EventRow } from "./event.type";

/** The kinds of timeline entry, as the timeline query names them. */
export const TimelineEntryKind = {
  RELATION_START: "relation_start",
  RELATION_END: "relation_end",
  STATEMENT: "statement",
  EVENT: "event",
  POLICY_START: "policy_start",
  POLICY_END: "policy_end",
} as const;

export type TimelineEntryKindValue = (typeof TimelineEntryKind)[keyof typeof TimelineEntryKind];

registerEnumType(TimelineEntryKind, {
  name: "TimelineEntryKind",
  description: "What a timeline entry records.",
  valuesConfig: {
    RELATION_START: { description: "A relation began (a funding, a board seat, a partnership): the entry's date is its validFrom." },
    RELATION_END: { description: "A relation ended (a board member left, a role ended): the entry's date is its validTo." },
    STATEMENT: { description: "The actor made a statement, or a statement was made about the actor." },
    EVENT: { description: "An event the actor took part in, as agent, subject or participant." },
    POLICY_START: {
      description:
        "A policy instrument began to apply to the actor: the target's own date, else the instrument's in-force or announced date.",
    },
    POLICY_END: { description: "A policy instrument stopped applying to the actor: the target's end, else the instrument's end." },
  },
});

/** One entry as cypher/timeline/timeline-of-actor.cypher returns it: exactly one of relation, statement, event is set. */
export interface TimelineEntryRow {
  kind: TimelineEntryKindValue;
  id: string;
  date: string;
  /** For an event, the timeline actor's part in it. */
  role: string | null;
  relation: RelationRow | null;
  statement: StatementRow | null;
  event: EventRow | null;
  /** For a policy entry, the id of the TARGETS link. */
  targetLink: string | null;
}

@InterfaceType({
  description:
    "One dated fact on an actor's timeline: a relation that began or ended, a statement, an event, or a policy instrument that began or stopped applying to it.",
  resolveType: (entry: TimelineEntryRow) => {
    switch (entry.kind) {
      case "relation_start":
      case "relation_end":
        return "RelationEntry";
      case "statement":
        return "StatementEntry";
      case "event":
        return "EventEntry";
      case "policy_start":
      case "policy_end":
        return "PolicyEntry";
      default:
        throw new UnreachableCaseError(entry.kind, "timeline entry kind");
    }
  },
})
export abstract class TimelineEntry {
  @Field(() => ID, {
    description:
      "The id of the relation, statement or event. A relation that began and ended on the timeline appears twice with the same id (RELATION_START and RELATION_END).",
  })
  id!: string;

  @Field(() => TimelineEntryKind, { description: "What the entry records." })
  kind!: TimelineEntryKindValue;

  @Field(() => PartialDateScalar, {
    description: "When it happened, as precise as the sources give it; the timeline sorts a partial date at its earliest day.",
  })
  date!: string;
}

@ObjectType({
  implements: TimelineEntry,
  description: "A relation of the actor that began (RELATION_START) or ended (RELATION_END) on this date.",
})
export class RelationEntry extends TimelineEntry {
  @Field(() => Relation, { description: "The relation, with its ends, dates, amounts and sources." })
  relation!: RelationRow;
}

@ObjectType({ implements: TimelineEntry, description: "A statement the actor made, or one made about the actor." })
export class StatementEntry extends TimelineEntry {
  @Field(() => Statement, { description: "The statement, with who made it, what it is about and its sources." })
  statement!: StatementRow;
}

@ObjectType({ implements: TimelineEntry, description: "An event the actor took part in; `date` is its start." })
export class EventEntry extends TimelineEntry {
  @Field(() => Event, { description: "The event, with all its participants and sources." })
  event!: EventRow;

  @Field(() => EventRole, { description: "The part the timeline's actor played in the event." })
  role!: string;
}

@ObjectType({
  implements: TimelineEntry,
  description: "A policy instrument that began (POLICY_START) or stopped (POLICY_END) applying to the actor on this date.",
})
export class PolicyEntry extends TimelineEntry {
  @Field(() => PolicyTarget, { description: "The instrument's target link: the instrument, its effect, its dates and sources." })
  target!: PolicyTargetRow;
}

@ObjectType({ description: "A page of an actor's timeline, oldest first." })
export class TimelineConnection extends Connection(TimelineEntry as unknown as new () => TimelineEntry, "timeline entries") {}
