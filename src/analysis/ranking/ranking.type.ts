import { DateTimeResolver } from "graphql-scalars";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Actor } from "../../actor/actor.type";
import { DateScalar } from "../../graphql/scalars";
import { RelationType } from "../../relation/relation-type";
import { WEIGHTING_RULE } from "./ranking-algorithms";

/** What `rankings` ranks actors by. */
export enum RankingMeasure {
  PAGERANK = "PAGERANK",
  REVERSE_PAGERANK = "REVERSE_PAGERANK",
  BROKERAGE = "BROKERAGE",
}

registerEnumType(RankingMeasure, {
  name: "RankingMeasure",
  description: "How `rankings` ranks actors in the money and control graph (FUNDS, OWNS and CONTROLS relations valid on the day).",
  valuesConfig: {
    PAGERANK: {
      description:
        "Weighted PageRank along money and control, from funder, owner or controller to what it funds, owns or controls: an " +
        "actor ranks high when large sums and control reach it from actors that rank high. Where money and control end up.",
    },
    REVERSE_PAGERANK: {
      description:
        "Weighted PageRank against money and control, from what is funded, owned or controlled to its funders, owners and " +
        "controllers: an actor ranks high when it funds, owns or controls, with large sums, actors that rank high. Influence.",
    },
    BROKERAGE: {
      description:
        "Betweenness between democratic and authoritarian states: how many pairs of a democratic state (FULL_DEMOCRACY or " +
        "FLAWED_DEMOCRACY) and an authoritarian state (AUTHORITARIAN) have their shortest paths, walked either way and counted " +
        "in hops, pass through the actor. Brokers between the two camps.",
    },
  },
});

/** One actor's place, as the service keeps it; RankedActorResolver fills `actor`. */
export interface RankedActorRow {
  rank: number;
  score: number;
  actorId: string;
}

/** One setting of the algorithm, as the answer states it. */
export interface RankingParameterRow {
  name: string;
  value: string;
}

/** A computed ranking, as the service returns and caches it (the best actors only, up to the largest `first`). */
export interface RankingRow {
  measure: RankingMeasure;
  algorithm: string;
  parameters: RankingParameterRow[];
  relationTypes: string[];
  weighting: string | null;
  asOf: string;
  computedAt: Date;
  graphVersion: number;
  relationCount: number;
  actorCount: number;
  rankedCount: number;
  democraticStateIds: string[] | null;
  authoritarianStateIds: string[] | null;
  connectedPairs: number | null;
  actors: RankedActorRow[];
}

@ObjectType({ description: "One setting of the algorithm a ranking ran with." })
export class RankingParameter implements RankingParameterRow {
  @Field({ description: 'Its name, e.g. "alpha" or "referenceAmountUsd".' })
  name!: string;

  @Field({ description: 'Its value, written out, e.g. "0.85".' })
  value!: string;
}

@ObjectType({ description: "An actor's place in a ranking." })
export class RankedActor implements RankedActorRow {
  actorId!: string;

  @Field(() => Int, {
    description: "Its place, 1 for the highest score. Actors with the same score share a place (1, 2, 2, 4); they come in id order.",
  })
  rank!: number;

  @Field(() => Float, {
    description:
      "Its score. PAGERANK and REVERSE_PAGERANK: its share of the PageRank, between 0 and 1 (the scores of all the graph's " +
      "actors sum to 1). BROKERAGE: the number of democratic–authoritarian state pairs whose shortest paths pass through it, " +
      "each pair counting the fraction of its shortest paths that do; above 0.",
  })
  score!: number;

  @Field(() => Actor, { description: "The actor." })
  actor!: Actor;
}

@ObjectType({
  description:
    "Actors ranked by their position in the money and control graph on one day, with the algorithm, its settings and the " +
    "relations it ran on. Computed once per measure, day and version of the graph, and kept until the graph changes (a seed " +
    "or any mutation).",
})
export class Ranking implements RankingRow {
  democraticStateIds!: string[] | null;
  authoritarianStateIds!: string[] | null;

  @Field(() => RankingMeasure, { description: "The measure asked for." })
  measure!: RankingMeasure;

  @Field({
    description:
      'The algorithm and the library that ran it, e.g. "PageRank, weighted (graphology-metrics centrality/pagerank, power iteration)".',
  })
  algorithm!: string;

  @Field(() => [RankingParameter], {
    description: "The algorithm's settings: for PageRank alpha, maxIterations, tolerance and the weighting's referenceAmountUsd.",
  })
  parameters!: RankingParameterRow[];

  @Field(() => [RelationType], { description: "The relation types the graph was built from: FUNDS, OWNS and CONTROLS." })
  relationTypes!: string[];

  @Field(() => String, {
    nullable: true,
    description: `How relations weigh, for PAGERANK and REVERSE_PAGERANK: ${WEIGHTING_RULE} Null for BROKERAGE, which counts hops.`,
  })
  weighting!: string | null;

  @Field(() => DateScalar, {
    description:
      "The day: only relations valid on it were used (a start counts from its earliest day, an end until its latest; undated " +
      "relations always hold), and no retracted relation. States' regime classes are those recorded, which are not dated.",
  })
  asOf!: string;

  @Field(() => DateTimeResolver, {
    description: "When this ranking was computed; an answer from the cache keeps the time it was computed.",
  })
  computedAt!: Date;

  @Field(() => Int, {
    description: "The version of the graph it was computed on: raised by every seed transaction and every mutation.",
  })
  graphVersion!: number;

  @Field(() => Int, { description: "How many relations of `relationTypes` were valid on the day: the relations read." })
  relationCount!: number;

  @Field(() => Int, { description: "How many actors those relations join: the nodes of the graph the algorithm ran on." })
  actorCount!: number;

  @Field(() => Int, {
    description:
      "How many actors have a score: every actor of the graph for PageRank, those on at least one democratic–authoritarian path for BROKERAGE.",
  })
  rankedCount!: number;

  @Field(() => [Actor], {
    nullable: true,
    description:
      "BROKERAGE: the democratic states (FULL_DEMOCRACY, FLAWED_DEMOCRACY) in the graph, the paths' one end, by id. Null for PageRank.",
  })
  democraticStates!: Actor[] | null;

  @Field(() => [Actor], {
    nullable: true,
    description: "BROKERAGE: the authoritarian states (AUTHORITARIAN) in the graph, the paths' other end, by id. Null for PageRank.",
  })
  authoritarianStates!: Actor[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "BROKERAGE: how many democratic–authoritarian pairs of states the graph joins by at least one path. Null for PageRank.",
  })
  connectedPairs!: number | null;

  @Field(() => [RankedActor], { description: "The highest-ranked actors, best first, `first` of them at most." })
  actors!: RankedActorRow[];
}
