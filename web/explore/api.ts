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

// Policy instruments: the rules, designations, licences, laws and agreements that target actors. The drawing
// needs a summary of each and its target links; the details panel reads the whole instrument when clicked.

export type PolicyEffectName = "AUTHORISES" | "BANS" | "EXEMPTS" | "FUNDS" | "OBLIGES" | "REQUIRES_LICENCE" | "RESTRICTS";

/** An instrument as the drawing needs it. */
export interface PolicySummary {
  id: string;
  name: string;
  kind: string;
  announced: string | null;
  inForce: string | null;
  ended: string | null;
  endKind: string | null;
  issuers: { id: string }[];
}

/** One TARGETS link: the instrument applies to the target with this effect, from and until these dates. */
export interface PolicyTargetData {
  id: string;
  effect: PolicyEffectName;
  role: string | null;
  inForceFrom: string | null;
  inForceUntil: string | null;
  confidence: "CONFIRMED" | "REPORTED" | "ALLEGED";
  policy: { id: string };
  target: { id: string };
}

export interface PolicyChangeData {
  id: string;
  confidence: string | null;
  policy: { id: string; name: string; kind: string; announced: string | null; inForce: string | null; ended: string | null };
  sources: CitationData[];
}

/** An instrument with everything the details panel shows. */
export interface PolicyDetail {
  id: string;
  name: string;
  kind: string;
  officialTitle: string | null;
  description: string | null;
  aliases: string[];
  announced: string | null;
  inForce: string | null;
  amended: string | null;
  ended: string | null;
  endKind: string | null;
  confidence: string;
  jurisdiction: { id: string; name: string } | null;
  issuers: { id: string; name: string }[];
  targets: (Omit<PolicyTargetData, "target"> & { target: { id: string; name: string }; sources: CitationData[] })[];
  amends: PolicyChangeData[];
  amendedBy: PolicyChangeData[];
  replaces: PolicyChangeData[];
  replacedBy: PolicyChangeData[];
  revokes: PolicyChangeData[];
  revokedBy: PolicyChangeData[];
  pillars: {
    id: string;
    stance: string;
    reason: string | null;
    confidence: string | null;
    pillar: { id: string; name: string; plan: { name: string } };
    sources: CitationData[];
  }[];
  sources: CitationData[];
}

const POLICY_FIELDS = `fragment PolicyFields on Policy { id name kind announced inForce ended endKind issuers { id } }`;
const TARGET_FIELDS = `fragment TargetFields on PolicyTarget { id effect role inForceFrom inForceUntil confidence policy { id } }`;
const CITATION_FIELDS = `fragment CitationFields on Citation { quote source { id url title publisher published language } }`;

const POLICIES = `query ExplorerPolicies($asOf: Date, $first: Int!, $after: String) {
  policies(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { ...PolicyFields targets(asOf: $asOf) { ...TargetFields target { id } } } }
  }
}
${POLICY_FIELDS}
${TARGET_FIELDS}`;

const RULES = `query ExplorerRules($id: ID!, $asOf: Date) {
  actor(id: $id) {
    ...ActorFields
    policies(asOf: $asOf) {
      policy { ...PolicyFields targets(asOf: $asOf) { ...TargetFields target { ...ActorFields } } }
    }
  }
}
${ACTOR_FIELDS}
${POLICY_FIELDS}
${TARGET_FIELDS}`;

const CHANGE_FIELDS = `fragment ChangeFields on PolicyChange {
  id confidence policy { id name kind announced inForce ended } sources { ...CitationFields }
}`;

const POLICY = `query ExplorerPolicy($id: ID!) {
  policy(id: $id) {
    id name kind officialTitle description aliases announced inForce amended ended endKind confidence
    jurisdiction { id name }
    issuers { id name }
    targets { id effect role inForceFrom inForceUntil confidence policy { id } target { id name } sources { ...CitationFields } }
    amends { ...ChangeFields } amendedBy { ...ChangeFields }
    replaces { ...ChangeFields } replacedBy { ...ChangeFields }
    revokes { ...ChangeFields } revokedBy { ...ChangeFields }
    pillars { id stance reason confidence pillar { id name plan { name } } sources { ...CitationFields } }
    sources { ...CitationFields }
  }
}
${CHANGE_FIELDS}
${CITATION_FIELDS}`;

/** An instrument with the target links that applied on `asOf` (whenever they applied, when null). */
export type PolicyWithTargets<T> = PolicySummary & { targets: (PolicyTargetData & { target: T })[] };

/** Every instrument, page after page, each with its targets on `asOf`: the graph holds about a hundred. */
export async function allPolicies(asOf: string | null): Promise<PolicyWithTargets<{ id: string }>[]> {
  type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: PolicyWithTargets<{ id: string }> }[] };
  const policies: PolicyWithTargets<{ id: string }>[] = [];
  let after: string | null = null;
  do {
    const page: Page = (await post<{ policies: Page }>(POLICIES, { asOf, first: PAGE_SIZE, after })).policies;
    policies.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return policies;
}

/**
 * The rules in force on `asOf` (whenever, when null) that target an actor: the actor, and each instrument with
 * all its targets that day, the actor among them. NOT_FOUND when no actor has the id.
 */
export async function rulesInForce(
  id: string,
  asOf: string | null,
): Promise<{ actor: ActorData; policies: PolicyWithTargets<ActorData>[] }> {
  const { actor } = await post<{ actor: (ActorData & { policies: { policy: PolicyWithTargets<ActorData> }[] }) | null }>(RULES, {
    id,
    asOf,
  });
  if (!actor) throw new ApiError(`No actor has the id “${id}”.`, "NOT_FOUND");
  const { policies, ...rest } = actor;
  const byId = new Map(policies.map(({ policy }) => [policy.id, policy]));
  return { actor: rest, policies: [...byId.values()] };
}

/** One instrument with everything about it, for the details panel. */
export async function policyById(id: string): Promise<PolicyDetail> {
  return (await post<{ policy: PolicyDetail }>(POLICY, { id })).policy;
}

// Analyses: how exposed the selected actor is, period by period, to money from each class of funder.

export type ExposureByName = "REGIME" | "COUNTRY" | "KIND";
export type ExposureStepName = "YEAR" | "QUARTER";
export type AmountKindName = "PAID" | "COMMITTED" | "UP_TO" | "CREDIT_LINE" | "VALUATION";

/** One funding behind an exposure figure, with the states of its class above the funder and its sources. */
export interface ExposureFundingData {
  funding: {
    id: string;
    date: string | null;
    amount: number | null;
    currency: string | null;
    amountUsd: number | null;
    amountKind: AmountKindName | null;
    round: string | null;
    confidence: "CONFIRMED" | "REPORTED" | "ALLEGED";
    funder: { id: string; name: string; kind: string };
    sources: CitationData[];
  };
  controls: {
    state: { id: string; name: string };
    chain: { from: { name: string }; relation: { type: string }; to: { name: string } }[];
  }[];
}

/** The fundings of one class in one period: money paid (receivedUsd) and pledged (committedUsd). */
export interface ExposureShareData {
  class: string | null;
  receivedUsd: number;
  committedUsd: number;
  undisclosedCount: number;
  fundings: ExposureFundingData[];
}

export interface ExposurePeriodData {
  label: string;
  start: string;
  end: string;
  receivedUsd: number;
  committedUsd: number;
  fundingCount: number;
  shares: ExposureShareData[];
}

export interface ExposureData {
  by: ExposureByName;
  step: ExposureStepName;
  from: string | null;
  to: string | null;
  periods: ExposurePeriodData[];
  /** Fundings counted in no period: with no date, or dated too coarsely for the step (a bare year under QUARTER). */
  undated: { class: string | null; fundings: { funding: { id: string } }[] }[];
  unplaced: { class: string | null; fundings: { funding: { id: string } }[] }[];
}

const EXPOSURE = `query ExplorerExposure($actor: ID!, $by: ExposureBy!, $step: ExposureStep!) {
  exposure(actor: $actor, by: $by, step: $step) {
    by step from to
    periods {
      label start end receivedUsd committedUsd fundingCount
      shares {
        class receivedUsd committedUsd undisclosedCount
        fundings {
          funding {
            id date amount currency amountUsd amountKind round confidence
            funder { id name kind }
            sources { ...CitationFields }
          }
          controls { state { id name } chain { from { name } relation { type } to { name } } }
        }
      }
    }
    undated { class fundings { funding { id } } }
    unplaced { class fundings { funding { id } } }
  }
}
${CITATION_FIELDS}`;

/** The money that reached an actor per period, split by class, with the fundings behind every figure. */
export async function exposure(actor: string, by: ExposureByName, step: ExposureStepName): Promise<ExposureData> {
  return (await post<{ exposure: ExposureData }>(EXPOSURE, { actor, by, step })).exposure;
}

// Contradictions: a stated position of an actor paired with a tie of the same actor that conflicts with it.

export type ConfidenceName = "CONFIRMED" | "REPORTED" | "ALLEGED";

/** One fact of a finding: exactly one of relation, statement, policyTarget and event is set, the one `kind` names. */
export interface ContradictionFactData {
  id: string;
  kind: "RELATION" | "STATEMENT" | "POLICY_TARGET" | "EVENT";
  starts: string | null;
  ends: string | null;
  confidence: ConfidenceName;
  sources: CitationData[];
  relation: (Omit<RelationData, "from" | "to"> & { from: ActorData; to: ActorData }) | null;
  statement: {
    id: string;
    stance: string;
    quote: string;
    date: string | null;
    actor: ActorData;
    about: ({ __typename: "Actor" } & ActorData) | { __typename: "Pillar" | "Plan"; id: string; name: string } | null;
  } | null;
  policyTarget: (Omit<PolicyTargetData, "policy" | "target"> & { policy: PolicySummary; target: ActorData }) | null;
  event: { id: string; name: string; date: string; participants: { role: string; actor: ActorData }[] } | null;
}

export interface ContradictionData {
  id: string;
  basis: string;
  confidence: ConfidenceName;
  overlap: "YES" | "NO" | "UNKNOWN";
  rule: { id: string; name: string; description: string };
  actor: ActorData;
  counterpart: ActorData | null;
  /** Side A, the stated position; side B, the tie that conflicts with it; and the facts that join them. */
  position: ContradictionFactData;
  tie: ContradictionFactData;
  via: ContradictionFactData[];
}

const FACT_FIELDS = `fragment FactFields on ContradictionFact {
  id kind starts ends confidence
  sources { ...CitationFields }
  relation { ...RelationFields from { ...ActorFields } to { ...ActorFields } }
  statement {
    id stance quote date actor { ...ActorFields }
    about { __typename ... on Actor { ...ActorFields } ... on Pillar { id name } ... on Plan { id name } }
  }
  policyTarget { ...TargetFields policy { ...PolicyFields } target { ...ActorFields } }
  event { id name date participants { role actor { ...ActorFields } } }
}`;

const CONTRADICTIONS = `query ExplorerContradictions($actor: ID!, $first: Int!, $after: String) {
  contradictions(actor: $actor, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id basis confidence overlap
      rule { id name description }
      actor { ...ActorFields } counterpart { ...ActorFields }
      position { ...FactFields } tie { ...FactFields } via { ...FactFields }
    } }
  }
}
${FACT_FIELDS}
${ACTOR_FIELDS}
${RELATION_FIELDS}
${POLICY_FIELDS}
${TARGET_FIELDS}
${CITATION_FIELDS}`;

/** Every contradiction about an actor, page after page, in the API's order (by rule, then the sides' ids). */
export async function contradictionsOf(actor: string): Promise<ContradictionData[]> {
  type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: ContradictionData }[] };
  const found: ContradictionData[] = [];
  let after: string | null = null;
  do {
    // 10 a page keeps the operation well under the cost limit (MAX_QUERY_COMPLEXITY, 10,000 by default): each
    // finding selects about 500 fields, three facts with their actors and sources.
    const page: Page = (await post<{ contradictions: Page }>(CONTRADICTIONS, { actor, first: 10, after })).contradictions;
    found.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return found;
}
