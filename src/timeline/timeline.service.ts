import type { PageWindow } from "../graphql/pagination";
import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { EventRow } from "./event.type";
import type { TimelineEntryRow } from "./timeline.type";

const timelineOfActor = cypher("timeline/timeline-of-actor");
const eventsByIds = cypher("timeline/events-by-ids");

export interface TimelineFilter {
  /** A day, "2023-06-01": keeps entries whose latest day is on or after it. */
  from?: string | null;
  /** A day: keeps entries whose earliest day is on or before it. */
  to?: string | null;
  /** Stored kinds ("relation_start", "statement"…); undefined or empty keeps all. */
  kinds?: readonly string[] | null;
}

/** One window of an actor's timeline, and how many entries it has in all. */
export interface TimelineSlice {
  total: number;
  entries: TimelineEntryRow[];
}

/** Reads actors' timelines and events. */
export class TimelineService {
  constructor(private readonly executor: Executor) {}

  /** One window of the actor's dated facts, oldest first; empty when the actor does not exist. */
  async timelineOf(actorId: string, filter: TimelineFilter, window: PageWindow): Promise<TimelineSlice> {
    const [row] = await this.executor.run<TimelineSlice>("READ", timelineOfActor, {
      id: actorId,
      from: filter.from ?? null,
      to: filter.to ?? null,
      kinds: filter.kinds?.length ? filter.kinds : null,
      ...window,
    });
    return row ?? { total: 0, entries: [] };
  }

  /** The events with these ids, in the order asked; null where no event has the id. One query for all. */
  async eventsByIds(ids: readonly string[]): Promise<(EventRow | null)[]> {
    const rows = await this.executor.run<{ event: EventRow }>("READ", eventsByIds, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.event.id, r.event]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
