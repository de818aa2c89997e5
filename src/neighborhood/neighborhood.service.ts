import { actorFromProperties, type ActorProperties } from "../actor/actor-properties";
import type { Actor } from "../actor/actor.type";
import { toPage, type PageWindow } from "../graphql/pagination";
import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { RelationRow } from "../relation/relation.type";
import type { NeighborhoodNodeRow, NeighborhoodRow } from "./neighborhood.type";

const neighborhoodQuery = cypher("neighborhood/neighborhood");

export interface NeighborhoodQuestion {
  id: string;
  /** 1 to LIMITS.maxDepth (3): the query walks at most three rings. */
  depth: number;
  /** Types from the fixed RelationType list; undefined or empty keeps all. */
  types?: readonly string[] | null;
  /** A day, "2023-11-20": keeps the relations valid on it. */
  asOf?: string | null;
  first: number;
  after?: string | null;
}

interface Row {
  totalNodes: number;
  totalEdges: number;
  page: { relation: RelationRow; ends: { id: string; distance: number }[] }[];
  actors: ActorProperties[];
}

/** A neighborhood with the page's actors other than the centre, read by the same statement, for the request's loader. */
export type NeighborhoodAnswer = NeighborhoodRow & { actors: Actor[] };

/** Reads the graph around an actor. */
export class NeighborhoodService {
  constructor(private readonly executor: Executor) {}

  /**
   * One page of the relations around `id`, with the actors to draw with it: the centre and the ends of the
   * page's relations, nearest first, and those actors read. One query. An unknown centre reads as an empty neighborhood.
   */
  async neighborhood(question: NeighborhoodQuestion, window: PageWindow): Promise<NeighborhoodAnswer> {
    const [row] = await this.executor.run<Row>("READ", neighborhoodQuery, {
      id: question.id,
      depth: question.depth,
      types: question.types?.length ? question.types : null,
      asOf: question.asOf ?? null,
      ...window,
    });
    const page = row?.page ?? [];
    const distances = new Map<string, number>([[question.id, 0]]);
    for (const edge of page.slice(0, question.first)) for (const end of edge.ends) distances.set(end.id, end.distance);
    const nodes: NeighborhoodNodeRow[] = [...distances].map(([actorId, distance]) => ({ actorId, distance }));
    nodes.sort((a, b) => a.distance - b.distance || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
    return {
      ...toPage(
        page.map((edge) => edge.relation),
        question,
        row?.totalEdges ?? 0,
      ),
      centerId: question.id,
      nodes,
      actors: (row?.actors ?? []).map(actorFromProperties),
      totalNodes: row?.totalNodes ?? 0,
    };
  }
}
