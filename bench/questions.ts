import { encodeCursor } from "../src/graphql/pagination";

/**
 * The benchmark's questions, each asked four ways over the same data:
 * (a) `raw`: hand-written Cypher through neo4j-driver in the benchmark's own process, the floor;
 * (b) `server`: this project's GraphQL API over HTTP;
 * (c) `peer`: a server built on the Neo4j GraphQL Library (bench/peer/), the tool a user would pick instead;
 * (d) `thin`: the same hand-written Cypher as (a) behind the thinnest HTTP endpoint (bench/thin/), the floor for
 *     any server.
 *
 * Each way's answer is reduced by `canonical` to the same plain shape, so the runner can check, before it times
 * anything, that the four ways answer the same question: a faster way that answers less would prove nothing.
 * Where the ways may legitimately pick different members of a tie (which 5 of many equally short paths), the
 * canonical form keeps only what they must agree on.
 */

/** The actors a run asks about; chosen by the generator (bench/generate-seed.ts `benchTargets`). */
export interface BenchTargets {
  /** A typical company: its rank among companies is the same fraction at every size, so its degree is too. */
  actor: string;
  /** The most funded company: a hub whose funding list is long. */
  funded: string;
  /** The centre of the neighbourhood question: a company with a few hundred relations at every size. */
  hub: string;
  /** The two ends of the shortest-paths question: a state and a typical company. */
  pathFrom: string;
  pathTo: string;
}

/** The filter of the funding-list question: big, dated fundings into `funded`, second page of 20. */
export const fundingFilter = { minAmountUsd: 10_000_000, from: "2018-01-01", to: "2022-12-31", pageSize: 20, page: 2 } as const;
/** How many items a list question asks for. */
export const LIST_SIZE = 20;
/** The path question: at most this many hops, walked either way, the 5 shortest. */
export const PATH_MAX_HOPS = 3;
export const PATH_COUNT = 5;
/** The neighbourhood question: depth 1, the first page of this many relations. */
export const NEIGHBOURHOOD_PAGE = 100;

export type QuestionName =
  | "actor-by-id"
  | "funders-depth-1"
  | "funders-depth-2"
  | "nested-funders-boards"
  | "funding-page"
  | "shortest-paths"
  | "hub-neighbourhood";

/** Cypher and its parameters, as ways (a) and (d) run them. */
export interface CypherRequest {
  text: string;
  params: Record<string, unknown>;
}

/**
 * A question's hand-written Cypher: one fixed text, which both (a) and (d) run, and the parameters a run's
 * targets give it. The text never depends on the targets, so (d) can serve it as a fixed route.
 */
export interface RawQuestion {
  text: string;
  params: (t: BenchTargets) => Record<string, unknown>;
}

/** A GraphQL operation, for ways (b) and (c). */
export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Question {
  name: QuestionName;
  /** What is asked, for the report. */
  description: string;
  /**
   * Whether it starts from one typical actor found by id (one whose degree is the same at both sizes) and returns
   * at most `LIST_SIZE` items per level: the questions the latency and growth targets are about. Not so
   * funding-page (the most funded company, all of whose fundings are sorted and counted), shortest-paths (two
   * actors) and hub-neighbourhood (every relation among a hub's neighbours).
   */
  oneActor: boolean;
  raw: RawQuestion;
  /** The driver's records as plain objects (integers as numbers), from (a) or as (d) sends them → the canonical answer. */
  rawCanonical: (records: Record<string, unknown>[]) => unknown;
  server: (t: BenchTargets) => GraphqlRequest;
  /** The GraphQL `data` → the canonical answer. */
  serverCanonical: (data: any) => unknown;
}

/** Relation ids and funder ids of a funders list, in order: the canonical form of a funders page. */
type FunderEntry = [relationId: string, funderId: string];

const actorFields = "id name kind country description";

export const questions: readonly Question[] = [
  {
    name: "actor-by-id",
    description: "One actor by id: id, name, kind, country, description.",
    oneActor: true,
    raw: {
      text: "MATCH (a:Actor {id: $id}) RETURN a {.id, .name, .kind, .country, .description} AS actor",
      params: (t) => ({ id: t.actor }),
    },
    rawCanonical: (records) => canonicalActor(records[0]?.actor),
    server: (t) => ({ query: `query ($id: ID!) { actor(id: $id) { ${actorFields} } }`, variables: { id: t.actor } }),
    serverCanonical: (data) => canonicalActor(data.actor),
  },
  {
    name: "funders-depth-1",
    description: `The ${LIST_SIZE} newest fundings into a typical company, each with its amount, date, confidence and funder.`,
    oneActor: true,
    raw: {
      text: `MATCH (:Actor {id: $id})<-[r:FUNDS]-(f:Actor)
             WITH r, f ORDER BY coalesce(r.validFrom, '') DESC, r.id LIMIT $first
             RETURN r.id AS id, r.validFrom AS validFrom, r.amountUsd AS amountUsd, r.confidence AS confidence, f.id AS funderId, f.name AS funderName`,
      params: (t) => ({ id: t.actor, first: LIST_SIZE }),
    },
    rawCanonical: (records) => records.map((r) => [r.id, r.funderId] as FunderEntry),
    server: (t) => ({
      query: `query ($id: ID!, $first: Int!) { actor(id: $id) { funders(first: $first) { edges { node { id validFrom amountUsd confidence from { id name } } } } } }`,
      variables: { id: t.actor, first: LIST_SIZE },
    }),
    serverCanonical: (data) => funderEntries(data.actor.funders),
  },
  {
    name: "funders-depth-2",
    description: `A typical company's ${LIST_SIZE} newest fundings, and each funder's own ${LIST_SIZE} newest fundings.`,
    oneActor: true,
    raw: {
      text: `MATCH (:Actor {id: $id})<-[r:FUNDS]-(f:Actor)
             WITH r, f ORDER BY coalesce(r.validFrom, '') DESC, r.id LIMIT $first
             CALL (f) {
               MATCH (f)<-[r2:FUNDS]-(g:Actor)
               WITH r2, g ORDER BY coalesce(r2.validFrom, '') DESC, r2.id LIMIT $first
               RETURN collect({id: r2.id, validFrom: r2.validFrom, amountUsd: r2.amountUsd, confidence: r2.confidence, funderId: g.id, funderName: g.name}) AS funders
             }
             RETURN r.id AS id, r.validFrom AS validFrom, r.amountUsd AS amountUsd, r.confidence AS confidence, f.id AS funderId, f.name AS funderName, funders`,
      params: (t) => ({ id: t.actor, first: LIST_SIZE }),
    },
    rawCanonical: (records) =>
      records.map((r) => [r.id, r.funderId, (r.funders as Record<string, unknown>[]).map((g) => [g.id, g.funderId])]),
    server: (t) => ({
      query: `query ($id: ID!, $first: Int!) { actor(id: $id) { funders(first: $first) { edges { node { id validFrom amountUsd confidence from {
                id name funders(first: $first) { edges { node { id validFrom amountUsd confidence from { id name } } } } } } } } } }`,
      variables: { id: t.actor, first: LIST_SIZE },
    }),
    serverCanonical: (data) => data.actor.funders.edges.map((e: any) => [e.node.id, e.node.from.id, funderEntries(e.node.from.funders)]),
  },
  {
    name: "nested-funders-boards",
    description: `A typical company, its ${LIST_SIZE} newest fundings, and each funder's board (up to ${LIST_SIZE} members, with role).`,
    oneActor: true,
    raw: {
      text: `MATCH (a:Actor {id: $id})
             CALL (a) {
               MATCH (a)<-[r:FUNDS]-(f:Actor)
               WITH r, f ORDER BY coalesce(r.validFrom, '') DESC, r.id LIMIT $first
               CALL (f) {
                 MATCH (f)<-[b:BOARD_MEMBER_OF]-(p:Actor)
                 WITH b, p ORDER BY coalesce(b.validFrom, '') DESC, b.id LIMIT $first
                 RETURN collect({id: b.id, role: b.role, memberId: p.id, memberName: p.name}) AS board
               }
               RETURN collect({id: r.id, amountUsd: r.amountUsd, validFrom: r.validFrom, funderId: f.id, funderName: f.name, board: board}) AS funders
             }
             RETURN a.id AS id, a.name AS name, funders`,
      params: (t) => ({ id: t.actor, first: LIST_SIZE }),
    },
    rawCanonical: (records) => ({
      id: records[0]?.id,
      funders: ((records[0]?.funders ?? []) as Record<string, any>[]).map((f) => [
        f.id,
        f.funderId,
        (f.board as Record<string, unknown>[]).map((b) => [b.id, b.memberId]),
      ]),
    }),
    server: (t) => ({
      query: `query ($id: ID!, $first: Int!) { actor(id: $id) { id name funders(first: $first) { edges { node { id amountUsd validFrom from {
                id name board(first: $first) { edges { node { id role from { id name } } } } } } } } } }`,
      variables: { id: t.actor, first: LIST_SIZE },
    }),
    serverCanonical: (data) => ({
      id: data.actor.id,
      funders: data.actor.funders.edges.map((e: any) => [
        e.node.id,
        e.node.from.id,
        e.node.from.board.edges.map((b: any) => [b.node.id, b.node.from.id]),
      ]),
    }),
  },
  {
    name: "funding-page",
    description: `Page ${fundingFilter.page} (of ${fundingFilter.pageSize}) of the fundings into the most funded company of at least $${fundingFilter.minAmountUsd.toLocaleString("en")} dated ${fundingFilter.from} to ${fundingFilter.to}, newest first, with the total.`,
    oneActor: false,
    raw: {
      text: `MATCH (:Actor {id: $id})<-[r:FUNDS]-(f:Actor)
             WHERE r.amountUsd >= $minAmountUsd AND r.validFrom >= $from AND r.validFrom <= $to
             WITH r, f ORDER BY coalesce(r.validFrom, '') DESC, r.id
             WITH collect({id: r.id, validFrom: r.validFrom, amountUsd: r.amountUsd, funderId: f.id, funderName: f.name}) AS matches
             RETURN size(matches) AS total, matches[$offset..$offset + $first] AS page`,
      params: (t) => ({ id: t.funded, ...fundingWindow() }),
    },
    rawCanonical: (records) => ({
      total: records[0]?.total,
      ids: ((records[0]?.page ?? []) as Record<string, unknown>[]).map((r) => r.id),
    }),
    server: (t) => ({
      query: `query ($filter: FundingFilter!, $first: Int!, $after: String) { fundings(filter: $filter, first: $first, after: $after) {
                totalCount edges { node { id date amountUsd funder { id name } } } } }`,
      variables: {
        filter: { recipient: t.funded, minAmountUsd: fundingFilter.minAmountUsd, from: fundingFilter.from, to: fundingFilter.to },
        first: fundingFilter.pageSize,
        after: encodeCursor(fundingWindow().offset - 1),
      },
    }),
    serverCanonical: (data) => ({ total: data.fundings.totalCount, ids: data.fundings.edges.map((e: any) => e.node.id) }),
  },
  {
    name: "shortest-paths",
    description: `The ${PATH_COUNT} shortest paths of at most ${PATH_MAX_HOPS} hops between a state and a typical company, over any relation, either way.`,
    oneActor: false,
    // Cypher takes SHORTEST's count and a hop bound only as literals: these are the constants above, never input.
    raw: {
      text: `MATCH p = SHORTEST ${PATH_COUNT} (:Actor {id: $from})-[*1..${PATH_MAX_HOPS}]-(:Actor {id: $to})
             RETURN [n IN nodes(p) | n.id] AS actors, [r IN relationships(p) | r.id] AS relations`,
      params: (t) => ({ from: t.pathFrom, to: t.pathTo }),
    },
    rawCanonical: (records) => shortestLength(records.map((r) => (r.relations as unknown[]).length)),
    server: (t) => ({
      query: `query ($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: ${PATH_MAX_HOPS}, first: ${PATH_COUNT}) {
                length actors { id name } hops { direction relation { id type } } } }`,
      variables: { from: t.pathFrom, to: t.pathTo },
    }),
    serverCanonical: (data) => shortestLength(data.connections.map((p: any) => p.length)),
  },
  {
    name: "hub-neighbourhood",
    description: `The first ${NEIGHBOURHOOD_PAGE} relations (by id) among the actors one step from a hub company, with the totals.`,
    oneActor: false,
    raw: {
      // At depth 1 every relation among the reached actors lies at distance 1 (that of its farther end), so the
      // order is by relation id. Each relation is met once, from its start node.
      text: `MATCH (c:Actor {id: $id})
             CALL (c) { MATCH (c)-[]-(n:Actor) WITH c, collect(DISTINCT n) AS neighbours RETURN [c] + neighbours AS reached }
             CALL (reached) {
               UNWIND reached AS a
               MATCH (a)-[r]->(b:Actor)
               WHERE b IN reached
               RETURN r ORDER BY r.id
             }
             WITH size(reached) AS nodes, collect(r {.id, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS relations
             RETURN nodes, size(relations) AS total, relations[0..$first] AS page`,
      params: (t) => ({ id: t.hub, first: NEIGHBOURHOOD_PAGE }),
    },
    rawCanonical: (records) => ({
      nodes: records[0]?.nodes,
      total: records[0]?.total,
      ids: ((records[0]?.page ?? []) as Record<string, unknown>[]).map((r) => r.id),
    }),
    server: (t) => ({
      query: `query ($id: ID!, $first: Int!) { neighborhood(id: $id, depth: 1, first: $first) {
                totalCount totalNodes nodes { distance actor { id name kind } } edges { node { id type from { id } to { id } } } } }`,
      variables: { id: t.hub, first: NEIGHBOURHOOD_PAGE },
    }),
    serverCanonical: (data) => ({
      nodes: data.neighborhood.totalNodes,
      total: data.neighborhood.totalCount,
      ids: data.neighborhood.edges.map((e: any) => e.node.id),
    }),
  },
];

function canonicalActor(actor: any): unknown {
  return actor ? { id: actor.id, name: actor.name, kind: String(actor.kind).toLowerCase(), country: actor.country ?? null } : null;
}

function funderEntries(connection: any): FunderEntry[] {
  return connection.edges.map((e: any) => [e.node.id, e.node.from.id] as FunderEntry);
}

function shortestLength(lengths: number[]): { shortest: number | null } {
  return { shortest: lengths.length === 0 ? null : Math.min(...lengths) };
}

function fundingWindow() {
  return {
    minAmountUsd: fundingFilter.minAmountUsd,
    from: fundingFilter.from,
    to: fundingFilter.to,
    offset: (fundingFilter.page - 1) * fundingFilter.pageSize,
    first: fundingFilter.pageSize,
  };
}
