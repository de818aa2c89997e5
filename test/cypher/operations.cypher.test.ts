import { encodeCursor } from "../../src/graphql/pagination";
import { seed } from "../../src/seed/seeder";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { seedFixture } from "../support/seed-fixture";
import { printStatements, recordStatements, type RecordedStatement } from "../support/statement-recorder";
import { seedFolder, silentLogger } from "../support/test-database";

/**
 * What runs in Neo4j for each operation: the Cypher text and parameters of every statement a GraphQL request
 * (or the seeder, or an export) sends, through the real server code and the real executor against the real
 * Neo4j, pinned as snapshots. A change to a query, a fragment or a variant shows in the diff of
 * __snapshots__/operations.cypher.test.ts.snap; after a deliberate change, `npx jest --selectProjects cypher -u`
 * rewrites them.
 *
 * The data is the seed fixture under a fixed prefix (not the curated seeds/, whose edits would churn the
 * parameters of nested reads), removed before and after. Operations that read the whole graph select only
 * fields that need no further query, so other test files' data, in the same database, cannot change what runs.
 */
const p = "cysnap-";
/** A name no other test data carries, for the search. */
const UNIQUE_NAME = "Quillfeather Dynamics";

let api: QueryApp;
let recorder: { take(): RecordedStatement[] };
let seedStatements: RecordedStatement[];

async function removeFixture(): Promise<void> {
  await api.app.executor.run(
    "WRITE",
    {
      name: "test/cleanup",
      text: "MATCH (n) WHERE n.dataset = $p OR n.id STARTS WITH $p DETACH DELETE n",
    },
    { p },
  );
}

beforeAll(async () => {
  api = await startQueryApp();
  await removeFixture();
  recorder = recordStatements(api.app.executor);
  const files = seedFixture(p);
  files["actors.csv"] += `${p}unique,company,${UNIQUE_NAME},US,A name only this suite uses.\n`;
  await seed(api.app.executor, { dirs: [seedFolder(files)], dataset: p }, silentLogger);
  seedStatements = recorder.take();
});

afterAll(async () => {
  await removeFixture();
  await api.app.stop();
});

/** The statements one request sends, printed. */
async function statementsOf(query: string, variables: Record<string, unknown> = {}): Promise<string> {
  recorder.take();
  await api.query(query, variables);
  return printStatements(recorder.take());
}

const RELATION = "id type validFrom validTo from { id } to { id }";

/** [what it is, operation, variables]: about thirty operations that between them run every domain query. */
const OPERATIONS: [string, string, Record<string, unknown>?][] = [
  ["an actor by id", `{ actor(id: "${p}lab") { id name kind country description aliases } }`],
  [
    "an actor's relations, all types and directions",
    `{ actor(id: "${p}lab") { relations(first: 10) { totalCount edges { node { ${RELATION} } } } } }`,
  ],
  [
    "an actor's relations of one type and direction on a day",
    `{ actor(id: "${p}lab") { relations(type: [LEADS], direction: INCOMING, asOf: "2020-06-01", first: 5) { totalCount edges { node { ${RELATION} } } } } }`,
  ],
  [
    "an actor's relations of two types",
    `{ actor(id: "${p}fund") { relations(type: [FUNDS, CONTROLS], direction: BOTH, first: 5) { totalCount edges { node { id } } } } }`,
  ],
  [
    "an actor's relations as known at a time, retracted ones included",
    `query ($k: DateTime) { actor(id: "${p}lab") { relations(knownAt: $k, includeRetracted: true, first: 5) { edges { node { id retractedAt } } } } }`,
    { k: "2030-01-01T00:00:00Z" },
  ],
  [
    "an actor's funders and investees",
    `{ lab: actor(id: "${p}lab") { funders(first: 5) { totalCount edges { node { ${RELATION} } } } } fund: actor(id: "${p}fund") { investees(first: 5) { totalCount } } }`,
  ],
  [
    "an actor's board and members",
    `{ actor(id: "${p}lab") { board(asOf: "2024-01-01", first: 5) { totalCount } members(first: 5) { totalCount } } }`,
  ],
  [
    "relations two levels deep",
    `{ actor(id: "${p}lab") { funders(first: 5) { edges { node { from { id name relations(first: 5) { edges { node { ${RELATION} } } } } } } } } }`,
  ],
  [
    "the sources of relations",
    `{ actor(id: "${p}lab") { relations(first: 5) { edges { node { id sources { quote source { id url title } } } } } } }`,
  ],
  ["a source and its facts", `{ source(id: "${p}src-a") { id title published facts { __typename } } }`],
  [
    "a page of fundings with every filter",
    `{ fundings(filter: {recipient: "${p}lab", minAmountUsd: 1000, from: "2024-01-01", to: "2024-12-31", instrument: [EQUITY], amountKind: [PAID], confidence: [REPORTED]}, first: 1) {
       totalCount totalUsd undisclosedCount pageInfo { hasNextPage endCursor } edges { node { id amountUsd funder { id name } recipient { id } } } } }`,
  ],
  [
    "the next page of fundings, by cursor",
    `{ fundings(filter: {recipient: "${p}lab"}, first: 1, after: "${encodeCursor(0)}") { totalCount edges { node { id } } } }`,
  ],
  [
    "fundings from a funder on a day, as known at a time",
    `{ fundings(filter: {funder: "${p}fund"}, asOf: "2025-01-01", knownAt: "2030-01-01T00:00:00Z", first: 5) { totalCount edges { node { id } } } }`,
  ],
  [
    "fundings of a round, anchored on no actor",
    `{ fundings(filter: {fundingRound: "${p}no-such-round"}, includeRetracted: true, first: 5) { totalCount } }`,
  ],
  [
    "chains of funders two hops deep",
    `{ funders(of: "${p}lab", depth: 2, first: 5) { totalCount edges { node { actor { id } depth chainCount chain { direction relation { id } } } } } }`,
  ],
  [
    "chains of investees on a day",
    `{ investees(of: "${p}state", depth: 3, asOf: "2025-01-01", via: [FUNDS, OWNS], first: 5) { totalCount } }`,
  ],
  [
    "connections walked either way",
    `{ connections(from: "${p}state", to: "${p}lab", maxHops: 3, first: 5) { length actors { id } hops { direction relation { id } } } }`,
  ],
  [
    "connections walked as relations point, of some types, on a day",
    `{ connections(from: "${p}state", to: "${p}lab", maxHops: 2, directed: true, relationTypes: [CONTROLS, FUNDS], asOf: "2025-01-01", first: 2) { length } }`,
  ],
  [
    "ultimate controllers",
    `{ ultimateControllers(of: "${p}fund", asOf: "2025-01-01") { controller { id } depth chainCount isState chain { direction relation { id } } } }`,
  ],
  [
    "funding by regime, every owner counted",
    `{ fundingByRegime(recipient: "${p}lab", everyOwner: true) { regime totalUsd fundingCount states { id } } }`,
  ],
  [
    "a neighbourhood two steps deep",
    `{ neighborhood(id: "${p}fund", depth: 2, asOf: "2025-01-01", first: 10) { totalCount totalNodes nodes { distance actor { id } } edges { node { id } } } }`,
  ],
  [
    "a timeline between two days, of some kinds",
    `{ timeline(actor: "${p}lab", from: "2019-01-01", to: "2024-12-31", kind: [RELATION_START, RELATION_END, EVENT, POLICY_START], first: 10) {
       totalCount edges { node { kind id date } } } }`,
  ],
  [
    "policy instruments of an issuer",
    `{ policies(filter: {issuer: "${p}state"}, first: 5) { totalCount edges { node { id name targets { id effect target { id } } issuers { id } } } } }`,
  ],
  ["a policy instrument and what it revokes", `{ policy(id: "${p}chip-repeal") { id revokes { id } pillars { id } sources { quote } } }`],
  ["the instruments that target an actor on a day", `{ actor(id: "${p}lab") { policies(asOf: "2024-04-01") { effect policy { id } } } }`],
  [
    "a plan with its pillars and statements",
    `{ plan(id: "${p}plan") { id name author { id } pillars { id name statements { id stance } instruments { id } } } }`,
  ],
  [
    "exposure by regime per year",
    `{ exposure(actor: "${p}lab", from: "2023-01-01", to: "2025-12-31") { step periods { label receivedUsd fundingCount } } }`,
  ],
  [
    "contradictions about an actor",
    `{ contradictions(actor: "${p}ceo", first: 5) { totalCount edges { node { id rule { id } basis } } } }`,
  ],
  ["a ranking", `{ rankings(measure: PAGERANK, asOf: "2025-01-01", first: 3) { measure asOf } }`],
  ["a search by name", `query ($text: String!) { search(text: $text, first: 3) { actor { id name } } }`, { text: UNIQUE_NAME }],
  ["the graph's counts", `{ stats(dataset: "${p}") { actors relations sources unsourcedRelations } }`],
  ["the funding rounds of a recipient", `{ fundingRounds(recipient: "${p}lab") { id name } }`],
];

describe("cypher", () => {
  describe("seed", () => {
    it("sends these statements to seed a small dataset the first time", () => {
      expect(seedStatements.length).toBeGreaterThan(5);
      expect(printStatements(seedStatements)).toMatchSnapshot();
    });
  });

  describe("graphql", () => {
    // `variables` has a default, so jest does not take a third parameter for a `done` callback.
    it.each(OPERATIONS)("sends these statements for %s", async (_, query, variables = {}) => {
      const printed = await statementsOf(query, variables);
      expect(printed).toMatchSnapshot();
    });
  });

  describe("export", () => {
    it("sends these statements for /export/graph.json of one dataset on a day", async () => {
      recorder.take();
      const response = await fetch(api.app.graphqlUrl.replace("/graphql", `/export/graph.json?dataset=${p}&asOf=2024-06-01`));
      expect(response.status).toBe(200);
      expect(printStatements(recorder.take())).toMatchSnapshot();
    });
  });
});
