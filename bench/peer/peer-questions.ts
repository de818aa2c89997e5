import { fundingFilter, LIST_SIZE, NEIGHBOURHOOD_PAGE, type BenchTargets, type GraphqlRequest, type QuestionName } from "../questions";

/**
 * The benchmark's questions (bench/questions.ts) as a Neo4j GraphQL Library user asks them of the peer server
 * (bench/peer/peer-server.ts): the same fields as this project's `server` form, in the same order, through the
 * API the Library generates (a list query filtered by `where`, relationships as `...Connection` fields with
 * `sort`, `where` on edge properties, `first`/`after` and `totalCount`), and the two `@cypher` Query fields of
 * peer-type-defs.ts where the Library generates nothing. `canonical` reduces the answer to exactly what the
 * question's `rawCanonical` and `serverCanonical` yield.
 */
export interface PeerQuestion {
  request: (t: BenchTargets) => GraphqlRequest;
  /** The GraphQL `data` → the canonical answer. */
  canonical: (data: any) => unknown;
}

/**
 * Newest first, then relation id: the order of every list question. The Library sorts by the stored value, so
 * an undated relation (validFrom null) would come first under DESC where the other ways put it last; the
 * generated data dates every relation, so the orders agree (see BENCHMARKS.md).
 */
const newestFirst = "[{edge: {validFrom: DESC}}, {edge: {id: ASC}}]";

/**
 * The Library's cursors are graphql-relay's: base64 of "arrayconnection:<offset>", the cursor of the item at that
 * offset, so `after` it the page starts at offset + 1. A client paging through would take `endCursor`; the
 * benchmark jumps to page 2 directly, as the server form does with its own cursor.
 */
function cursorOfOffset(offset: number): string {
  return Buffer.from(`arrayconnection:${offset}`).toString("base64");
}

type FunderEntry = [relationId: string, funderId: string];

/** Relation ids and funder ids of a funders connection, in order. */
function funderEntries(connection: any): FunderEntry[] {
  return connection.edges.map((e: any) => [e.properties.id, e.node.id] as FunderEntry);
}

/** The one actor of a `where: {id: {eq}}` list, or null. */
function only(actors: any[]): any {
  return actors[0] ?? null;
}

export const peerQuestions: Record<QuestionName, PeerQuestion> = {
  "actor-by-id": {
    request: (t) => ({
      query: `query ($id: ID!) { actors(where: {id: {eq: $id}}) { id name kind country description } }`,
      variables: { id: t.actor },
    }),
    canonical: (data) => {
      const actor = only(data.actors);
      return actor ? { id: actor.id, name: actor.name, kind: String(actor.kind).toLowerCase(), country: actor.country ?? null } : null;
    },
  },
  "funders-depth-1": {
    request: (t) => ({
      query: `query ($id: ID!, $first: Int!) { actors(where: {id: {eq: $id}}) {
                fundersConnection(first: $first, sort: ${newestFirst}) { edges { properties { id validFrom amountUsd confidence } node { id name } } } } }`,
      variables: { id: t.actor, first: LIST_SIZE },
    }),
    canonical: (data) => funderEntries(only(data.actors).fundersConnection),
  },
  "funders-depth-2": {
    request: (t) => ({
      query: `query ($id: ID!, $first: Int!) { actors(where: {id: {eq: $id}}) {
                fundersConnection(first: $first, sort: ${newestFirst}) { edges { properties { id validFrom amountUsd confidence } node {
                  id name fundersConnection(first: $first, sort: ${newestFirst}) { edges { properties { id validFrom amountUsd confidence } node { id name } } } } } } } }`,
      variables: { id: t.actor, first: LIST_SIZE },
    }),
    canonical: (data) =>
      only(data.actors).fundersConnection.edges.map((e: any) => [e.properties.id, e.node.id, funderEntries(e.node.fundersConnection)]),
  },
  "nested-funders-boards": {
    request: (t) => ({
      query: `query ($id: ID!, $first: Int!) { actors(where: {id: {eq: $id}}) { id name
                fundersConnection(first: $first, sort: ${newestFirst}) { edges { properties { id amountUsd validFrom } node {
                  id name boardConnection(first: $first, sort: ${newestFirst}) { edges { properties { id role } node { id name } } } } } } } }`,
      variables: { id: t.actor, first: LIST_SIZE },
    }),
    canonical: (data) => {
      const actor = only(data.actors);
      return {
        id: actor.id,
        funders: actor.fundersConnection.edges.map((e: any) => [
          e.properties.id,
          e.node.id,
          e.node.boardConnection.edges.map((b: any) => [b.properties.id, b.node.id]),
        ]),
      };
    },
  },
  "funding-page": {
    request: (t) => ({
      query: `query ($id: ID!, $where: ActorFundersConnectionWhere!, $first: Int!, $after: String) { actors(where: {id: {eq: $id}}) {
                fundersConnection(where: $where, first: $first, after: $after, sort: ${newestFirst}) {
                  totalCount edges { properties { id validFrom amountUsd } node { id name } } } } }`,
      variables: {
        id: t.funded,
        where: { edge: { amountUsd: { gte: fundingFilter.minAmountUsd }, validFrom: { gte: fundingFilter.from, lte: fundingFilter.to } } },
        first: fundingFilter.pageSize,
        after: cursorOfOffset((fundingFilter.page - 1) * fundingFilter.pageSize - 1),
      },
    }),
    canonical: (data) => {
      const connection = only(data.actors).fundersConnection;
      return { total: connection.totalCount, ids: connection.edges.map((e: any) => e.properties.id) };
    },
  },
  "shortest-paths": {
    request: (t) => ({
      query: `query ($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to) { length actors { id name } hops { direction relation { id type } } } }`,
      variables: { from: t.pathFrom, to: t.pathTo },
    }),
    canonical: (data) => {
      const lengths: number[] = data.shortestPaths.map((p: any) => p.length);
      return { shortest: lengths.length === 0 ? null : Math.min(...lengths) };
    },
  },
  "hub-neighbourhood": {
    request: (t) => ({
      query: `query ($id: ID!, $first: Int!) { neighbourhood(id: $id, first: $first) {
                totalCount totalNodes nodes { distance actor { id name kind } } edges { node { id type from { id } to { id } } } } }`,
      variables: { id: t.hub, first: NEIGHBOURHOOD_PAGE },
    }),
    canonical: (data) => ({
      nodes: data.neighbourhood.totalNodes,
      total: data.neighbourhood.totalCount,
      ids: data.neighbourhood.edges.map((e: any) => e.node.id),
    }),
  },
};
