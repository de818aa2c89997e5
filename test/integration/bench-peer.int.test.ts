import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { benchTargets, generateSeed } from "../../bench/generate-seed";
import { peerQuestions } from "../../bench/peer/peer-questions";
import { cypherParams } from "../../bench/runner/raw-cypher";
import { startPeerServer } from "../../bench/peer/peer-server";
import type { BenchServer } from "../../bench/runner/server-cli";
import { ThinClient } from "../../bench/runner/thin-client";
import { startThinServer, thinPath } from "../../bench/thin/thin-server";
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
 * The benchmark's four ways must answer each question alike before any of them is timed: the hand-written Cypher
 * (a), this project's server (b), the peer built on the Neo4j GraphQL Library (c) and the same Cypher as (a)
 * behind the thin HTTP endpoint (d), over a small generated graph.
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
let peer: BenchServer;
let thin: BenchServer;
let thinClient: ThinClient;

beforeAll(async () => {
  db = await openTestDatabase();
  const generated = generateSeed(3_000, ACTORS, prefix);
  await seed(db.executor, { dirs: [seedFolder(generated.files)], dataset }, silentLogger);
  server = await startQueryApp();
  peer = await startPeerServer({ ...neo4jOf(testConfig()), host: "127.0.0.1", port: 0 });
  thin = await startThinServer({ ...neo4jOf(testConfig()), host: "127.0.0.1", port: 0 });
  thinClient = new ThinClient(thin.url, 1);
});

afterAll(async () => {
  thinClient?.close();
  await thin?.stop();
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

    it.each(questions.map((q) => [q.name, q] as const))("answers %s alike the four ways", async (name, question) => {
      const params = question.raw.params(targets);
      const raw = question.rawCanonical(await runRaw({ text: question.raw.text, params }));
      const ours = question.serverCanonical(await graphqlData(server.app.graphqlUrl, question.server(targets)));
      const theirs = peerQuestions[name].canonical(await graphqlData(peer.url, peerQuestions[name].request(targets)));
      const thinAnswer = question.rawCanonical(await thinClient.ask(name, params));
      expect(ours).toEqual(raw);
      expect(theirs).toEqual(raw);
      expect(thinAnswer).toEqual(raw);
      expectAnswered[name](raw);
    });
  });

  describe("peer-type-defs", () => {
    it("bounds the path question as bench/questions.ts does", () => {
      expect([PEER_PATH_COUNT, PEER_PATH_MAX_HOPS]).toEqual([PATH_COUNT, PATH_MAX_HOPS]);
    });
  });

  describe("peer-cli", () => {
    it("prints PEER_READY with its URL, answers a query, and exits 0 on SIGTERM", async () => {
      const cli = await startCli("dist/bench/peer/peer-cli.js", "PEER_READY");
      expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const data = await graphqlData(cli.url, {
        query: "query ($id: ID!) { actors(where: {id: {eq: $id}}) { id kind } }",
        variables: { id: targets.actor },
      });
      expect(data).toEqual({ actors: [{ id: targets.actor, kind: "company" }] });
      expect(await cli.stop()).toEqual({ code: 0, lines: [`PEER_READY ${cli.url}`] });
    });
  });

  describe("thin-cli", () => {
    it("prints THIN_READY with its URL, answers a question, says what is wrong as JSON, and exits 0 on SIGTERM", async () => {
      const cli = await startCli("dist/bench/thin/thin-cli.js", "THIN_READY");
      expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const post = async (path: string, body: string) => {
        const response = await fetch(new URL(path, cli.url), { method: "POST", headers: { "content-type": "application/json" }, body });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const found = await post(thinPath("actor-by-id"), JSON.stringify({ id: targets.actor }));
      expect(found.status).toBe(200);
      expect(found.body.rows).toEqual([{ actor: expect.objectContaining({ id: targets.actor, kind: "company" }) }]);
      expect(await post("/q/no-such-question", "{}")).toEqual({ status: 404, body: { error: expect.stringContaining("actor-by-id") } });
      expect(await post(thinPath("actor-by-id"), "[1]")).toEqual({ status: 400, body: { error: expect.any(String) } });
      // Without its $id the query fails in Neo4j.
      expect(await post(thinPath("actor-by-id"), "{}")).toEqual({ status: 500, body: { error: expect.stringContaining("id") } });
      expect(await cli.stop()).toEqual({ code: 0, lines: [`THIN_READY ${cli.url}`] });
    });
  });
});

/** A benchmark server's CLI, started as the runner starts it, against the test Neo4j. */
async function startCli(
  script: string,
  readyWord: string,
): Promise<{ url: string; stop(): Promise<{ code: number | null; lines: string[] }> }> {
  const { uri, username, password, database } = neo4jOf(testConfig());
  const child = spawn(process.execPath, [script], {
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
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      lines.push(line);
      if (line.startsWith(`${readyWord} `)) resolve(line.slice(readyWord.length + 1));
    });
    void exited.then((code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      return { code: await exited, lines };
    },
  };
}

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
