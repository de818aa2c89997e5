// The explorer's only link to the world: POST application/json to this server's own /graphql. Nothing else
// is fetched, so the page works offline. Each question is one operation, written here once.

export type RelationTypeName =
  | "ALLIED_WITH"
  | "BOARD_MEMBER_OF"
  | "CONTROLS"
  | "CRITICIZES"
  | "EMPLOYED_BY"
  | "FOUNDED"
  | "FUNDS"
  | "LEADS"
  | "MAKES"
  | "MEMBER_OF"
  | "NEGOTIATES_WITH"
  | "OWNS"
  | "PARTNERS_WITH"
  | "REGULATES"
  | "SUED"
  | "SUPPLIES";

/** Every relation type, in the order the filter lists them (as schema/schema.graphql's RelationType). */
export const RELATION_TYPES: readonly RelationTypeName[] = [
  "FUNDS",
  "OWNS",
  "CONTROLS",
  "BOARD_MEMBER_OF",
  "LEADS",
  "EMPLOYED_BY",
  "FOUNDED",
  "MEMBER_OF",
  "PARTNERS_WITH",
  "SUPPLIES",
  "MAKES",
  "NEGOTIATES_WITH",
  "REGULATES",
  "ALLIED_WITH",
  "SUED",
  "CRITICIZES",
];

export interface ActorData {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  description: string | null;
  aliases: string[];
  regime: { class: string; index: string; year: number; score: number | null } | null;
}

export interface CitationData {
  quote: string;
  source: { id: string; url: string; title: string; publisher: string | null; published: string | null; language: string };
}

export interface RelationData {
  id: string;
  type: RelationTypeName;
  validFrom: string | null;
  validTo: string | null;
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  round: string | null;
  instrument: string | null;
  stake: number | null;
  role: string | null;
  confidence: "CONFIRMED" | "REPORTED" | "ALLEGED";
  recordedAt: string | null;
  from: { id: string };
  to: { id: string };
  sources: CitationData[];
}

export interface NeighborhoodPage {
  totalCount: number;
  totalNodes: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  center: ActorData;
  nodes: { distance: number; actor: ActorData }[];
  edges: { node: RelationData }[];
}

export interface PathData {
  length: number;
  actors: ActorData[];
  hops: { direction: "FORWARD" | "BACKWARD"; relation: RelationData }[];
}

/** A GraphQL error as the server reports it; `code` is extensions.code (BAD_USER_INPUT, NOT_FOUND…). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const ACTOR_FIELDS = `fragment ActorFields on Actor { id name kind country description aliases regime { class index year score } }`;
const RELATION_FIELDS = `fragment RelationFields on Relation {
  id type validFrom validTo amount currency amountUsd round instrument stake role confidence recordedAt
  from { id } to { id }
  sources { quote source { id url title publisher published language } }
}`;

const SEARCH = `query ExplorerSearch($text: String!, $first: Int!) {
  search(text: $text, first: $first) { score actor { ...ActorFields } }
}
${ACTOR_FIELDS}`;

const ACTOR = `query ExplorerActor($id: ID!) { actor(id: $id) { ...ActorFields } }
${ACTOR_FIELDS}`;

const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $depth: Int!, $types: [RelationType!], $asOf: Date, $first: Int!, $after: String) {
  neighborhood(id: $id, depth: $depth, relationTypes: $types, asOf: $asOf, first: $first, after: $after) {
    totalCount totalNodes pageInfo { hasNextPage endCursor }
    center { ...ActorFields }
    nodes { distance actor { ...ActorFields } }
    edges { node { ...RelationFields } }
  }
}
${ACTOR_FIELDS}
${RELATION_FIELDS}`;

const CONNECTIONS = `query ExplorerConnections($from: ID!, $to: ID!, $maxHops: Int!, $types: [RelationType!], $asOf: Date, $directed: Boolean!, $first: Int!) {
  connections(from: $from, to: $to, maxHops: $maxHops, relationTypes: $types, asOf: $asOf, directed: $directed, first: $first) {
    length
    actors { ...ActorFields }
    hops { direction relation { ...RelationFields } }
  }
}
${ACTOR_FIELDS}
${RELATION_FIELDS}`;

async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError("The server did not answer. Is it still running?", undefined);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const first = body?.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!response.ok || !body?.data) throw new ApiError(`The server answered HTTP ${response.status}.`, undefined);
  return body.data;
}

export async function searchActors(text: string, first = 10): Promise<{ score: number; actor: ActorData }[]> {
  return (await post<{ search: { score: number; actor: ActorData }[] }>(SEARCH, { text, first })).search;
}

/** One actor by id; null when no actor has it. */
export async function actorById(id: string): Promise<ActorData | null> {
  return (await post<{ actor: ActorData | null }>(ACTOR, { id })).actor;
}

export interface NeighborhoodArgs {
  id: string;
  depth: number;
  types: RelationTypeName[] | null;
  asOf: string | null;
}

/** The largest page the API serves (limits.ts: first ≤ 100). */
const PAGE_SIZE = 100;

/**
 * The whole neighbourhood, page after page, up to `maxEdges` relations (nearest first, so a cut keeps the
 * closest ones). Returns the pages read; `totalCount` on each says how many there were in all.
 */
export async function neighborhood(args: NeighborhoodArgs, maxEdges: number): Promise<NeighborhoodPage[]> {
  const pages: NeighborhoodPage[] = [];
  let after: string | null = null;
  let read = 0;
  do {
    const first = Math.min(PAGE_SIZE, maxEdges - read);
    const page: NeighborhoodPage = (await post<{ neighborhood: NeighborhoodPage }>(NEIGHBORHOOD, { ...args, first, after })).neighborhood;
    pages.push(page);
    read += page.edges.length;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null && read < maxEdges);
  return pages;
}

export interface ConnectionsArgs {
  from: string;
  to: string;
  maxHops: number;
  types: RelationTypeName[] | null;
  asOf: string | null;
  directed: boolean;
  first: number;
}

export async function connections(args: ConnectionsArgs): Promise<PathData[]> {
  return (await post<{ connections: PathData[] }>(CONNECTIONS, { ...args })).connections;
}
