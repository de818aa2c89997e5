import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { ActorKindCount, RelationTypeCount, Stats } from "./stats.type";

const statsQuery = cypher("stats/stats");

interface StatsRow {
  actorsByKind: ActorKindCount[];
  relationsByType: { type: string; count: number; unsourced: number }[];
  sources: number;
  plans: number;
  statements: number;
  events: number;
}

/** Largest first, then by name: a fixed order. */
function byCount<T extends { count: number }>(name: (item: T) => string) {
  return (a: T, b: T) => b.count - a.count || name(a).localeCompare(name(b));
}

const sum = (items: readonly { count: number }[]) => items.reduce((total, item) => total + item.count, 0);

/** Counts what the graph holds. */
export class StatsService {
  constructor(private readonly executor: Executor) {}

  /** The counts, over one dataset or (null) all; one query. Totals are summed from the breakdowns, so they agree. */
  async stats(dataset: string | null): Promise<Stats> {
    const [row] = await this.executor.run<StatsRow>("READ", statsQuery, { dataset });
    if (!row) throw new Error("The stats query returned no row.");
    const actorsByKind = [...row.actorsByKind].sort(byCount((k) => k.kind));
    const relationsByType: RelationTypeCount[] = row.relationsByType
      .map(({ type, count }) => ({ type, count }))
      .sort(byCount((t) => t.type));
    const unsourcedRelationsByType: RelationTypeCount[] = row.relationsByType
      .filter((t) => t.unsourced > 0)
      .map(({ type, unsourced }) => ({ type, count: unsourced }))
      .sort(byCount((t) => t.type));
    return {
      dataset,
      actors: sum(actorsByKind),
      relations: sum(relationsByType),
      sources: row.sources,
      unsourcedRelations: sum(unsourcedRelationsByType),
      plans: row.plans,
      statements: row.statements,
      events: row.events,
      actorsByKind,
      relationsByType,
      unsourcedRelationsByType,
    };
  }
}
