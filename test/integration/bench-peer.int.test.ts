import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { benchTargets, generateSeed } from "../../bench/generate-seed";
import { peerQuestions } from "../../bench/peer/peer-questions";
import { cypherParams } from "../../bench/runner/raw-cypher";
import { startPeerServer, type PeerServer } from "../../bench/peer/peer-server";
import { PEER_PATH_COUNT, PEER_PATH_MAX_HOPS } from "../../bench/peer/peer-type-defs";
import {
  fundingFilter,
  PATH_COUNT,
  PATH_MAX_HOPS,
  questions,
  type CypherRequest,
  type GraphqlRequest,
  type QuestionName,
} from "../../bench/questions";
import type { Config } from "../../src/config";
import type { Executor } from "../../src/neo4j/executor";
import { projectRoot } from "../../src/project-root";
import { seed } from "../../src/seed/seeder";
import { postGraphql } from "../support/graphql-client";
import { startQueryApp, type QueryApp } from "../support/query-app";
import { openTestDatabase, seedFolder, silentLogger, testConfig, uniquePrefix } from "../support/test-database";
import { scratchDir } from "../support/scratch-dir";

/**
 * The benchmark's three ways must answer each question alike before any of them is timed: the hand-written Cypher
 * (a), this project's server (b) and the peer built on the Neo4j GraphQL Library (c), over a small generated graph.
 *
 * Generated ids are global, and generated-seed.int.test.ts loads a generated set into the same database, so this
 * file's set carries a prefix of its own on every id ("t3f9a-company-3").
 */
const ACTORS = 300;
const prefix = uniquePrefix();
const dataset = `${prefix}bench-peer`;
const targets = benchTargets(ACTORS, prefix);

let db: { executor: Executor; close(): Promise<void> };
let server: QueryApp;
let peer: PeerServer;

beforeAll(async () => {
  db = await openTestDatabase();
  const generated = generateSeed(3_000, ACTORS, prefix);
  await seed(db.executor, { dirs: [seedFolder(generated.files)], dataset }, silentLogger);
  server = await startQueryApp();
  peer = await startPeerServer({ ...neo4jOf(testConfig()), host: "127.0.0.1", port: 0 });
});

afterAll(async () => {
  await peer?.stop();
  await server?.app.stop();
  // The seeder over an empty folder removes every record of the dataset.
  await seed(db.executor, { dirs: [scratchDir("apg-empty-")], dataset }, silentLogger);
  await db.close();
});

describe("bench peer", () => {
  describe("peerQuestions", () => {
    it("covers every question of bench/questions.ts", () => {
      expect(Object.keys(peerQuestions).sort()).toEqual(questions.map((q) => q.name).sort());
    });

    it.each(questions.map((q) => [q.name, q] as const))(
      "answers %s as the raw Cypher and this project's server do",
      async (name, question) => {
        const raw = question.rawCanonical(await runRaw(question.raw(targets)));
        const ours = question.serverCanonical(await graphqlData(server.app.graphqlUrl, question.server(targets)));
        const theirs = peerQuestions[name].canonical(await graphqlData(peer.url, peerQuestions[name].request(targets)));
        expect(ours).toEqual(raw);
        expect(theirs).toEqual(raw);
        expectAnswered[name](raw);
      },
    );
  });

  describe("peer-type-defs", () => {
    it("bounds the path question as bench/questions.ts does", () => {
      expect([PEER_PATH_COUNT, PEER_PATH_MAX_HOPS]).toEqual([PATH_COUNT, PATH_MAX_HOPS]);
    });
  });

  describe("peer-cli", () => {
    it("prints PEER_READY with its URL, answers a query, and exits 0 on SIGTERM", async () => {
      const { uri, username, password, database } = neo4jOf(testConfig());
      const child = spawn(process.execPath, ["dist/bench/peer/peer-cli.js"], {
        cwd: projectRoot,
        env: {
          ...process.env,
          NEO4J_URI: uri,
          NEO4J_USERNAME: username,
          NEO4J_PASSWORD: password,
          NEO4J_DATABASE: database,
          HOST: "127.0.0.1",
          PORT: "0",
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      const lines: string[] = [];
      const ready = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on("line", (line) => {
          lines.push(line);
          if (line.startsWith("PEER_READY ")) resolve(line.slice("PEER_READY ".length));
        });
        void exited.then((code) => reject(new Error(`peer-cli exited with ${code} before it was ready`)));
      });
      expect(ready).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const data = await graphqlData(ready, {
        query: "query ($id: ID!) { actors(where: {id: {eq: $id}}) { id kind } }",
        variables: { id: targets.actor },
      });
      expect(data).toEqual({ actors: [{ id: targets.actor, kind: "company" }] });

      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(lines).toEqual([`PEER_READY ${ready}`]);
    });
  });
});

function neo4jOf(config: Config): { uri: string; username: string; password: string; database: string } {
  if (config.neo4j.kind !== "external") throw new Error("global-setup names the test Neo4j in NEO4J_URI; it is not set.");
  const { uri, username, password, database } = config.neo4j;
  return { uri, username, password, database };
}

/** Way (a), with the runner's parameter conversion (whole numbers as Neo4j integers); rows come back plain. */
async function runRaw(request: CypherRequest): Promise<Record<string, unknown>[]> {
  return db.executor.run<Record<string, unknown>>("READ", { name: "test/bench-raw", text: request.text }, cypherParams(request.params));
}

async function graphqlData(url: string, request: GraphqlRequest): Promise<any> {
  const { status, body } = await postGraphql(url, request.query, request.variables);
  if (status !== 200 || body.errors?.length) throw new Error(`HTTP ${status} from ${url}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Each answer must hold something, or agreeing on it would prove nothing. */
const expectAnswered: Record<QuestionName, (answer: any) => void> = {
  "actor-by-id": (answer) => expect(answer).toMatchObject({ id: targets.actor, kind: "company" }),
  "funders-depth-1": (answer) => expect(answer.length).toBeGreaterThan(0),
  // Sovereign funds put money into vehicles and investors, so some funders have funders of their own.
  "funders-depth-2": (answer) => expect(answer.filter((entry: any) => entry[2].length > 0).length).toBeGreaterThan(0),
  "nested-funders-boards": (answer) => expect(answer.funders.filter((entry: any) => entry[2].length > 0).length).toBeGreaterThan(0),
  "funding-page": (answer) => {
    expect(answer.total).toBeGreaterThan(fundingFilter.pageSize);
    expect(answer.ids.length).toBeGreaterThan(0);
  },
  "shortest-paths": (answer) => expect(answer.shortest).toBeGreaterThan(0),
  "hub-neighbourhood": (answer) => expect(answer.ids.length).toBeGreaterThan(0),
};
