import { encodeCursor } from "../../src/graphql/pagination";
import { readReadmeExamples } from "../../src/playground/readme-examples";
import { postGraphql, type GraphqlBody } from "../support/graphql-client";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { testConfig } from "../support/test-database";

/**
 * The same server twice over the same database: with the query compiler (the default) and without it. Both allow
 * 16 levels of nesting, so that relation fields three deep fit (the default limit, 10, stops at two).
 */
let compiled: QueryApp;
let loaders: QueryApp;

beforeAll(async () => {
  const limits = { ...testConfig().limits, maxDepth: 16 };
  [compiled, loaders] = await Promise.all([startQueryApp({ limits }), startQueryApp({ limits, queryCompiler: false })]);
});

afterAll(async () => {
  await Promise.all([compiled?.app.stop(), loaders?.app.stop()]);
});

/** The whole body (data and errors) of an operation, and how many statements it sent. */
async function answer(
  api: QueryApp,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ body: GraphqlBody; statements: number }> {
  const before = api.app.executor.statementCount;
  const { body } = await postGraphql(api.app.graphqlUrl, query, variables);
  return { body, statements: api.app.executor.statementCount - before };
}

/** Both servers' answers to one operation, which the tests compare. */
async function bothAnswers(query: string, variables: Record<string, unknown> = {}) {
  const [on, off] = await Promise.all([answer(compiled, query, variables), answer(loaders, query, variables)]);
  return { on, off };
}

/** Whether an answer holds at least one fact, so that two equal answers are not equal for being empty. */
function holdsAFact(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsAFact);
  if (value !== null && typeof value === "object") return Object.values(value).some(holdsAFact);
  return value !== null && value !== undefined;
}

const relationNode = "id type validFrom validTo amountUsd role confidence";

/** Operations that compile whole: each answers as the loaders do, in one statement per root field. */
const compiling: [what: string, query: string, variables: Record<string, unknown>, roots: number][] = [
  [
    "an actor's properties",
    `{ actor(id: "openai") { id name kind country description aliases identifiers { scheme value } regime { class } } }`,
    {},
    1,
  ],
  [
    "funders at depth 2, as the benchmark asks",
    `query ($id: ID!, $first: Int!) { actor(id: $id) { funders(first: $first) { edges { node { id validFrom amountUsd confidence from {
      id name funders(first: $first) { edges { node { id validFrom amountUsd confidence from { id name } } } } } } } } } }`,
    { id: "openai", first: 20 },
    1,
  ],
  [
    "funders and each funder's board",
    `query ($id: ID!) { actor(id: $id) { id name funders(first: 20) { edges { node { id amountUsd validFrom from {
      id name board(first: 20) { edges { node { id role from { id name } } } } } } } } } }`,
    { id: "openai" },
    1,
  ],
  [
    "relations at depth 3, with both ends and citations",
    `{ actor(id: "microsoft") { investees(first: 5) { totalCount edges { cursor node { ${relationNode} to { id
      board(first: 3) { totalCount edges { node { ${relationNode} from { id members(first: 3) { edges { node { id to { id } } } } } } } }
    } sources { quote source { id url title publisher published language } } } } } } }`,
    {},
    1,
  ],
  [
    "aliases of one relation field with different arguments, and aliases of ends",
    `{ actor(id: "openai") { newest: funders(first: 2) { edges { node { id funder: from { id } f2: from { name } } } }
      next: funders(first: 2, after: "${encodeCursor(1)}") { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }
      all: funders(first: 100) { totalCount } } }`,
    {},
    1,
  ],
  [
    "fragments, inline fragments and @include/@skip with variables",
    `query ($withBoard: Boolean!, $noFunders: Boolean!) { actor(id: "openai") { ...Who funders @skip(if: $noFunders) { edges { node { ...Rel } } }
      board @include(if: $withBoard) { totalCount ... on RelationConnection { edges { node { ...Rel } } } }
      members @include(if: false) { totalCount } } }
     fragment Who on Actor { id name }
     fragment Rel on Relation { id role from { ...Who } }`,
    { withBoard: true, noFunders: false },
    1,
  ],
  [
    "several relation fields on one actor, and `relations` with types and a direction",
    `{ actor(id: "microsoft") { funders { totalCount } investees(first: 3) { edges { node { id to { id } } } }
      board { edges { node { id from { id } } } } members { totalCount }
      relations(type: [FUNDS, OWNS], direction: OUTGOING, first: 10) { totalCount edges { node { id type to { id } } } }
      any: relations(first: 10) { edges { node { id type from { id } to { id } } } } } }`,
    {},
    1,
  ],
  [
    "asOf, knownAt and includeRetracted",
    `{ then: actor(id: "openai") { board(asOf: "2023-11-20") { totalCount edges { node { id from { id } validFrom validTo } } } }
       known: actor(id: "openai") { funders(knownAt: "2020-01-01T00:00:00Z", includeRetracted: true) { totalCount edges { node { id } } } }
       retracted: actor(id: "openai") { funders(includeRetracted: true, first: 100) { totalCount edges { node { id retractedAt retractedBy } } } } }`,
    {},
    3,
  ],
  [
    "pageInfo or cursors without the items' fields",
    `{ actor(id: "openai") { funders(first: 1) { pageInfo { hasNextPage endCursor } } next: funders(first: 2, after: "${encodeCursor(0)}") { edges { cursor } } }
       fundings(filter: { recipient: "openai" }, first: 1) { pageInfo { hasNextPage } } }`,
    {},
    2,
  ],
  ["an unknown id", `{ actor(id: "no-such-actor-anywhere") { id funders { totalCount } } }`, {}, 1],
  [
    "a page of fundings with totals, ends and citations",
    `{ fundings(filter: { recipient: "openai", minAmountUsd: 1000000 }, first: 3, after: "${encodeCursor(0)}") { totalCount totalUsd undisclosedCount
      byAmountKind { amountKind totalUsd fundingCount undisclosedCount } pageInfo { hasNextPage endCursor }
      edges { cursor node { id date until amountUsd amountKind confidence funder { id name board { totalCount } } recipient { id } sources { quote source { url } } } } } }`,
    {},
    1,
  ],
  [
    "fundings filtered by funder, dates and kinds, totalCount alone",
    `{ fundings(filter: { funder: "microsoft", from: "2019-01-01", to: "2023-12-31", instrument: [EQUITY, COMPUTE_CREDITS], confidence: [REPORTED, CONFIRMED] }) {
      totalCount edges { node { id date instrument recipient { id } } } } }`,
    {},
    1,
  ],
];

/**
 * Operations whose selection, or part of it, does not compile, with why; the part that does not compile resolves
 * through the loaders, so such an operation sends more than one statement per root field.
 */
const fallingBack: [why: string, query: string][] = [
  [
    "a domain field below a generic one: `policies` of a funder resolves through its own query",
    `{ actor(id: "openai") { funders(first: 3) { edges { node { id from { id policies { id } } } } } } }`,
  ],
  [
    "`fundingRound` of a relation is read through the round loader",
    `{ actor(id: "openai") { funders(first: 5) { edges { node { id fundingRound { id } } } } } }`,
  ],
  [
    "`edges` asked under two aliases would put two selections on one row",
    `{ actor(id: "openai") { funders(first: 3) { a: edges { node { id } } b: edges { node { from { id } } } } } }`,
  ],
  [
    "`facts` of a cited source is a domain list",
    `{ actor(id: "openai") { funders(first: 1) { edges { node { sources { source { id facts(first: 1) { totalCount } } } } } } } }`,
  ],
  [
    "`fundingRound` of a funding is read through the round loader",
    `{ fundings(filter: { recipient: "openai" }, first: 3) { edges { node { id fundingRound { id } } } } }`,
  ],
];

describeWithSeeds("query compiler", () => {
  describe("README examples", () => {
    const examples = readReadmeExamples().map((example) => example.query);

    it.each(examples.map((text, i) => [i + 1, text.split("\n")[0]!, text]))(
      "example %i (%s) answers the same with the compiler on and off",
      async (_i, _title, text) => {
        const { on, off } = await bothAnswers(text as string);
        expect(on.body.errors).toBeUndefined();
        expect(on.body).toEqual(off.body);
      },
    );
  });

  describe("compiled selections", () => {
    it.each(compiling)("returns the loaders' answer to %s in one statement per root field", async (_what, query, variables, roots) => {
      const { on, off } = await bothAnswers(query, variables);
      expect(on.body.errors).toBeUndefined();
      expect(on.body).toEqual(off.body);
      expect(on.statements).toBe(roots);
    });

    it("answers the compiled examples with facts, so that their equality shows something", async () => {
      for (const [what, query, variables] of compiling.filter(([what]) => what !== "an unknown id")) {
        const { body } = await answer(compiled, query, variables);
        expect([what, holdsAFact(body.data)]).toEqual([what, true]);
      }
    });

    it("pages through a funders list with its cursors as the loaders do", async () => {
      const page = `query ($after: String) { actor(id: "openai") { funders(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
      let after: string | null = null;
      const seen: string[] = [];
      for (let i = 0; i < 20; i++) {
        const { on, off } = await bothAnswers(page, { after });
        expect(on.body).toEqual(off.body);
        const funders = (on.body.data as any).actor.funders;
        seen.push(...funders.edges.map((e: any) => e.node.id));
        if (!funders.pageInfo.hasNextPage) break;
        after = funders.pageInfo.endCursor;
      }
      expect(seen.length).toBeGreaterThan(3);
      expect(new Set(seen).size).toBe(seen.length);
    });
  });

  describe("fallbacks", () => {
    it.each(fallingBack)("answers as the loaders do when %s", async (_why, query) => {
      const { on, off } = await bothAnswers(query);
      expect(on.body.errors).toBeUndefined();
      expect(on.body).toEqual(off.body);
      expect(holdsAFact(on.body.data)).toBe(true);
      expect(on.statements).toBeGreaterThan(1);
    });
  });

  describe("bad arguments below the root", () => {
    it.each([
      ["first: 0", `{ actor(id: "openai") { funders(first: 3) { edges { node { from { funders(first: 0) { totalCount } } } } } } }`],
      ["a cursor this API never returned", `{ actor(id: "openai") { board(after: "bm90LWEtY3Vyc29y") { totalCount } } }`],
      ["an unknown funder in a fundings filter", `{ fundings(filter: { funder: "no-such-funder" }) { totalCount } }`],
    ])("reports %s exactly as the loaders do", async (_what, query) => {
      const { on, off } = await bothAnswers(query);
      expect(on.body.errors?.length).toBeGreaterThan(0);
      expect(on.body).toEqual(off.body);
    });
  });
});
