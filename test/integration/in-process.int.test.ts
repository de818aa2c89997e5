import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { openGraph, type Graph } from "../../src/library";
import { projectRoot } from "../../src/project-root";
import { postGraphql } from "../support/graphql-client";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let graph: Graph;
let api: QueryApp;

beforeAll(async () => {
  // global-setup has put the run's Neo4j in NEO4J_URI, which openGraph reads like the server does.
  [graph, api] = await Promise.all([openGraph({ logLevel: "silent" }), startQueryApp()]);
});

afterAll(async () => {
  await Promise.all([graph.close(), api.app.stop()]);
});

/** The same operation over HTTP, for comparison. */
async function overHttp(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await postGraphql(api.app.graphqlUrl, query, variables);
  return body;
}

describeWithSeeds("in-process API", () => {
  describe("openGraph", () => {
    it("opens the Neo4j the configuration names", () => {
      expect(graph.neo4jUri).toBe(process.env.NEO4J_URI);
    });

    it("throws a sentence naming the URI when Neo4j cannot be reached", async () => {
      await expect(openGraph({ neo4jUri: "bolt://127.0.0.1:1", logLevel: "silent" })).rejects.toThrow(
        /^Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:1\./,
      );
    });

    it("throws the configuration's sentence for an invalid option", async () => {
      await expect(openGraph({ neo4jUri: "http://localhost:7474" })).rejects.toMatchObject({
        name: "ConfigError",
        message: expect.stringMatching(/^NEO4J_URI="http:\/\/localhost:7474" is not a Neo4j URI/),
      });
    });
  });

  describe("execute", () => {
    it("answers what the server answers over HTTP, nested fields and sources included", async () => {
      const query = `query ($recipient: ID!) { fundings(filter: { recipient: $recipient }, first: 50) { totalCount totalUsd undisclosedCount
        edges { cursor node { id funder { id name regime { class } } amountUsd date round instrument confidence sources { quote source { url title } } } } } }`;
      const local = await graph.execute(query, { recipient: "openai" });
      expect(local.errors).toBeUndefined();
      expect(local).toEqual(await overHttp(query, { recipient: "openai" }));
      expect(local.data!.fundings.edges.map((e: any) => e.node.funder.name)).toContain("Microsoft");
    });

    it("formats errors as the server does: BAD_USER_INPUT naming the argument, NOT_FOUND, GraphQL's own", async () => {
      const cases: [string, Record<string, unknown>, string, string | undefined][] = [
        [`{ fundings(first: 101) { totalCount } }`, {}, "BAD_USER_INPUT", "first"],
        [`{ fundings(asOf: "2024-02-30") { totalCount } }`, {}, "BAD_USER_INPUT", "asOf"],
        [`{ fundings(filter: { minAmountUsd: -1 }) { totalCount } }`, {}, "BAD_USER_INPUT", "filter.minAmountUsd"],
        [`query ($day: Date) { fundings(asOf: $day) { totalCount } }`, { day: "yesterday" }, "BAD_USER_INPUT", undefined],
        [`{ funders(of: "nobody-at-all") { totalCount } }`, {}, "NOT_FOUND", "of"],
        [`{ fundings { nope } }`, {}, "GRAPHQL_VALIDATION_FAILED", undefined],
        [`{ fundings(`, {}, "GRAPHQL_PARSE_FAILED", undefined],
      ];
      for (const [query, variables, code, field] of cases) {
        const local = await graph.execute(query, variables);
        expect(local).toEqual(await overHttp(query, variables));
        expect(local.errors![0]!.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
      }
    });

    it("holds operations to the server's cost limits", async () => {
      // Relation fields nested inside one another, past the depth limit (MAX_QUERY_DEPTH, 10 by default).
      const deep = `{ actor(id: "openai") { members { edges { node { from { members { edges { node { from { members { edges { node { from { id } } } } } } } } } } } } } }`;
      const local = await graph.execute(deep);
      expect(local.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", limitName: "maxDepth" });
      expect(local).toEqual(await overHttp(deep, {}));
    });

    it("gives each operation its own loaders: the same round trips for 100 items as for 3", async () => {
      const operation = (first: number) =>
        `{ actor(id: "openai") { relations(first: ${first}) { edges { node { sources { quote } from { id name policies { effect } } to { id } } } } } }`;
      const cost = async (query: string) => {
        const before = graph.statementCount;
        const { errors } = await graph.execute(query);
        expect(errors).toBeUndefined();
        return graph.statementCount - before;
      };
      // The actor with its relations, their ends and sources (one statement, compiled from the selection), then the
      // ends' policies, a field the compiler leaves to its batch loader: two.
      const many = await cost(operation(100));
      expect(many).toBe(2);
      expect(await cost(operation(3))).toBe(many);
      // Nothing is cached across operations: the same one costs the same again.
      expect(await cost(operation(100))).toBe(many);
    });

    it("runs the operation named, of a document that holds several", async () => {
      const document = `query Name { actor(id: "openai") { name } } query Kind { actor(id: "openai") { kind } }`;
      expect(await graph.execute(document, {}, "Kind")).toEqual({ data: { actor: { kind: "COMPANY" } } });
    });
  });

  describe("close", () => {
    it("closes the driver, after which execute refuses to run", async () => {
      const other = await openGraph({ logLevel: "silent" });
      expect((await other.execute(`{ actor(id: "openai") { id } }`)).data).toEqual({ actor: { id: "openai" } });
      await other.close();
      await other.close();
      await expect(other.execute(`{ actor(id: "openai") { id } }`)).rejects.toThrow(/closed/);
    });
  });

  describe("examples/in-process.mjs", () => {
    it("runs as a script importing the package by name, and prints OpenAI's large fundings, the regimes and an error", async () => {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(projectRoot, "examples", "in-process.mjs")], {
        cwd: projectRoot,
        env: { PATH: process.env.PATH, NEO4J_URI: process.env.NEO4J_URI, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? "" },
        timeout: 60_000,
      });
      expect(stderr).toBe("");
      const lines = stdout.trim().split("\n");
      const expected = await overHttp(
        `{ fundings(filter: { recipient: "openai", minAmountUsd: 1000000000 }, first: 5) { totalCount edges { node { funder { name } } } } }`,
      );
      const fundings = (expected.data as any).fundings;
      expect(lines[0]).toMatch(
        new RegExp(`^OpenAI: ${fundings.totalCount} fundings of \\$1bn or more, \\$[\\d.]+bn in all; the latest five:$`),
      );
      expect(lines.slice(1, 6).map((line) => line.split(/\s{2,}/)[2])).toEqual(fundings.edges.map((e: any) => e.node.funder.name));
      expect(lines).toContain("By the regime of the state that controls the funder:");
      expect(lines.some((line) => /^\s+AUTHORITARIAN\s+\d+ fundings/.test(line))).toBe(true);
      expect(lines.at(-1)).toBe("A bad day: BAD_USER_INPUT on asOf");
    });
  });
});
