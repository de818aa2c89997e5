import "reflect-metadata";
import { spawn, spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { createLogger } from "../src/logger";
import { Executor } from "../src/neo4j/executor";
import { migrate } from "../src/neo4j/migrations";
import { projectRoot } from "../src/project-root";
import { freePort } from "../test/support/free-port";
import { startLocalNeo4j, type LocalNeo4j } from "../tools/neo4j-local/local-neo4j";
import { benchSizes, benchTargets, generateSeed, type BenchSize } from "./generate-seed";
import { importWithLoadCsv } from "./import/load-csv-import";
import { peerQuestions } from "./peer/peer-questions";
import { questions, type Question } from "./questions";
import { startChildServer, type ChildServer } from "./runner/child-server";
import { closedLoop, quantile, type LoopResult } from "./runner/closed-loop";
import { GraphqlClient } from "./runner/graphql-client";
import { ThinClient } from "./runner/thin-client";
import { timeRankings } from "./rankings/rankings-bench";
import { runRawCypher } from "./runner/raw-cypher";
import { formatReport, type ImportResult, type QuestionResult, type SizeResult, type Way, type WayStats, ways } from "./runner/report";

const usage = `usage: npm run bench -- [--quick] [--rankings-only | --loaders-only] [--size small|large|both] [--concurrency N] [--seconds S] [--rounds R]
  --quick        the small size, shorter runs: a few minutes in all
  --rankings-only  generate, seed (npm run seed) and time the rankings only: no LOAD CSV, no servers, no questions
  --loaders-only   generate, then compare the two loaders (LOAD CSV, then npm run seed) only: no servers, no
                   questions, no rankings
  --size         which generated graph(s) to run on (default: both; with --quick: small)
  --concurrency  requests in flight per way (default 4)
  --seconds      measured seconds per way, question and round (default 6; with --quick 2)
  --rounds       rounds per question; each round runs the four ways in a rotated order (default 3; with --quick 2)
Writes .bench/results/<time>.json and .md, and prints the tables.`;

/** Memory of the benchmark's own Neo4j per size: the large graph's store and seeding need more. */
const neo4jMemory: Record<BenchSize, { heap: string; pageCache: string }> = {
  small: { heap: "2g", pageCache: "1g" },
  large: { heap: "6g", pageCache: "4g" },
};

interface Options {
  sizes: BenchSize[];
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  rounds: number;
  quick: boolean;
  rankingsOnly: boolean;
  loadersOnly: boolean;
}

/**
 * `npm run bench`: for each size, generates the graph, starts a Neo4j of its own for it, compares seeding with
 * LOAD CSV on the same files, starts this server, the Neo4j GraphQL Library's peer server and the thin endpoint as
 * child processes, checks that the four ways give the same answers, then times each question the four ways,
 * interleaved.
 * The benchmark always runs its own Neo4j (never NEO4J_URI's): it deletes the store before each loader, and
 * LOAD CSV reads the files from that Neo4j's import folder.
 */
async function main(): Promise<void> {
  const options = parseOptions();
  const started = new Date();
  const results: SizeResult[] = [];
  for (const size of options.sizes) results.push(await runSize(size, options));
  const machine = describeMachine();
  const report = formatReport({
    started: started.toISOString(),
    machine,
    options: { ...options, sizes: options.sizes.join(", ") },
    sizes: results,
  });
  const outDir = join(projectRoot, ".bench", "results");
  mkdirSync(outDir, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, "-");
  writeFileSync(join(outDir, `${stamp}.json`), JSON.stringify({ started, machine, options, sizes: results }, null, 2));
  writeFileSync(join(outDir, `${stamp}.md`), report);
  console.log(`\n${report}\nwritten to .bench/results/${stamp}.md and .json`);
  const mismatches = results.flatMap((r) => r.questions.filter((q) => q.mismatch).map((q) => `${r.size}/${q.name}`));
  if (mismatches.length > 0) {
    console.error(`The four ways answered differently on: ${mismatches.join(", ")}; their times compare different work.`);
    process.exitCode = 1;
  }
}

async function runSize(size: BenchSize, options: Options): Promise<SizeResult> {
  const log = (message: string) => console.log(`[${size}] ${message}`);
  const { actors, relations } = benchSizes[size];
  const dataDir = join(projectRoot, ".bench", size);
  log(`generating ${actors} actors and ${relations} relations into .bench/${size}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const generated = generateSeed(relations, actors);
  for (const [file, text] of Object.entries(generated.files)) writeFileSync(join(dataDir, file), text);
  const csvRows = Object.values(generated.files).reduce((sum, text) => sum + dataRows(text), 0);

  if (options.rankingsOnly) return rankingsOnly(size, dataDir, options, log);
  const { result: importResult, database } = await compareImport(size, dataDir, csvRows, log);
  const { local, driver } = database;
  if (options.loadersOnly) {
    await driver.close();
    await local.stop();
    return { size, actors, relations, targets: benchTargets(actors), import: importResult, questions: [] };
  }
  const servers: ChildServer[] = [];
  try {
    const env = { NEO4J_URI: local.uri, NEO4J_DATABASE: "neo4j", NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: "bench" };
    const server = await startChildServer(
      "this server",
      [join(projectRoot, "dist", "src", "index.js")],
      {
        ...env,
        HOST: "127.0.0.1",
        PORT: String(await freePort()),
        SEED_ON_START: "false",
        RATE_LIMIT_PER_MINUTE: "0",
        NODE_ENV: "production",
        LOG_LEVEL: "info",
      },
      // The server names itself "localhost"; the client connects to the address it listens on, 127.0.0.1, so no
      // connection first tries ::1 (the peer is reached the same way).
      (line) =>
        line.includes('"ready: GraphQL at ')
          ? (JSON.parse(line) as { graphql: string }).graphql.replace("//localhost:", "//127.0.0.1:")
          : null,
    );
    servers.push(server);
    const peer = await startChildServer(
      "peer server",
      [join(projectRoot, "dist", "bench", "peer", "peer-cli.js")],
      { ...env, HOST: "127.0.0.1", PORT: "0" },
      (line) => (line.startsWith("PEER_READY ") ? line.slice("PEER_READY ".length).trim() : null),
    );
    servers.push(peer);
    const thin = await startChildServer(
      "thin endpoint",
      [join(projectRoot, "dist", "bench", "thin", "thin-cli.js")],
      { ...env, HOST: "127.0.0.1", PORT: "0" },
      (line) => (line.startsWith("THIN_READY ") ? line.slice("THIN_READY ".length).trim() : null),
    );
    servers.push(thin);
    log(`this server at ${server.url}, the peer at ${peer.url}, the thin endpoint at ${thin.url}`);

    const targets = benchTargets(actors);
    const clients = {
      thin: new ThinClient(thin.url, options.concurrency),
      server: new GraphqlClient(server.url, options.concurrency),
      peer: new GraphqlClient(peer.url, options.concurrency),
    };
    const askers = (question: Question): Record<Way, () => Promise<unknown>> => {
      const raw = { text: question.raw.text, params: question.raw.params(targets) };
      const ours = question.server(targets);
      const theirs = peerQuestions[question.name].request(targets);
      return {
        raw: () => runRawCypher(driver, "neo4j", raw),
        thin: () => clients.thin.ask(question.name, raw.params),
        server: () => clients.server.execute(ours.query, ours.variables),
        peer: () => clients.peer.execute(theirs.query, theirs.variables),
      };
    };
    const questionResults: QuestionResult[] = [];
    for (const [index, question] of questions.entries()) {
      const ask = askers(question);
      const answers = {
        raw: question.rawCanonical((await ask.raw()) as Record<string, unknown>[]),
        thin: question.rawCanonical((await ask.thin()) as Record<string, unknown>[]),
        server: question.serverCanonical(await ask.server()),
        peer: peerQuestions[question.name].canonical(await ask.peer()),
      };
      const mismatch = ways.some((way) => !isDeepStrictEqual(answers[way], answers.raw));
      if (mismatch)
        log(`${question.name}: the answers differ:${ways.map((way) => `\n  ${way.padEnd(6)} ${JSON.stringify(answers[way])}`).join("")}`);
      const loops: Record<Way, LoopResult[]> = { raw: [], thin: [], server: [], peer: [] };
      for (let round = 0; round < options.rounds; round++) {
        // Rotate the order each round and question, so drift in the machine's load falls on every way alike.
        for (let k = 0; k < ways.length; k++) {
          const way = ways[(k + round + index) % ways.length]!;
          loops[way].push(await closedLoop(ask[way], options));
        }
      }
      const stats = Object.fromEntries(ways.map((way) => [way, summarise(loops[way])])) as Record<Way, WayStats>;
      log(`${question.name}: p50 ${ways.map((way) => `${way} ${stats[way].p50.toFixed(1)} ms`).join(", ")}`);
      questionResults.push({
        name: question.name,
        description: question.description,
        oneActor: question.oneActor,
        mismatch,
        answer: answers.raw,
        stats,
      });
    }
    for (const client of Object.values(clients)) client.close();
    for (const server of servers.splice(0)) await server.stop();
    const rankings = await timeRankings(driver, rankingRuns(options), log);
    return { size, actors, relations, targets, import: importResult, questions: questionResults, rankings };
  } finally {
    for (const server of servers) await server.stop();
    await driver.close();
    await local.stop();
  }
}

/** How many times each ranking is computed without the cache. */
const rankingRuns = (options: Options) => (options.quick ? 2 : 3);

/** --rankings-only: the seeder fills a fresh database, then the rankings are timed, with the machine otherwise idle. */
async function rankingsOnly(size: BenchSize, dataDir: string, options: Options, log: (m: string) => void): Promise<SizeResult> {
  const { actors, relations } = benchSizes[size];
  const { local, driver } = await freshDatabase(size, dataDir, log);
  try {
    log("npm run seed");
    const seedStarted = performance.now();
    await runSeedCli(local.uri, dataDir);
    log(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
    const rankings = await timeRankings(driver, rankingRuns(options), log);
    return { size, actors, relations, targets: benchTargets(actors), questions: [], rankings };
  } finally {
    await driver.close();
    await local.stop();
  }
}

/** A Neo4j of the benchmark's own on an empty store, migrated, with a driver for the raw way. */
interface BenchDatabase {
  local: LocalNeo4j;
  driver: Driver;
}

/**
 * Starts the size's Neo4j on a new empty store (deleting the last one), with the project's migrations applied:
 * each loader gets one, so neither finds the other's leftovers (a store just emptied of 2 million records is
 * still busy) nor a JVM the other has warmed.
 */
async function freshDatabase(size: BenchSize, dataDir: string, log: (m: string) => void): Promise<BenchDatabase> {
  const neo4jDir = join(projectRoot, ".bench", `neo4j-${size}`);
  rmSync(neo4jDir, { recursive: true, force: true });
  const local = await startLocalNeo4j({
    boltPort: await freePort(),
    dataDir: neo4jDir,
    importDir: dataDir,
    ...neo4jMemory[size],
    onProgress: log,
    startTimeoutMs: 300_000,
  });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", "bench"), { disableLosslessIntegers: true });
  await migrate(new Executor(driver, { database: "neo4j", transactionTimeoutMs: 3_600_000 }), createLogger("warn"));
  return { local, driver };
}

/**
 * Loads the same files with LOAD CSV, then with `npm run seed` (its built form, run as the user runs it, Node
 * start-up and full validation included), each into a fresh database. Returns the timings and the database the
 * seeder filled, which the questions then read.
 */
async function compareImport(
  size: BenchSize,
  dataDir: string,
  csvRows: number,
  log: (m: string) => void,
): Promise<{ result: ImportResult; database: BenchDatabase }> {
  const forLoadCsv = await freshDatabase(size, dataDir, log);
  log("LOAD CSV ... CALL {} IN TRANSACTIONS");
  let loadCsv: Awaited<ReturnType<typeof importWithLoadCsv>>;
  try {
    loadCsv = await importWithLoadCsv(forLoadCsv.driver, {
      database: "neo4j",
      files: { sources: "file:///sources.csv", actors: "file:///actors.csv", relations: "file:///relations.csv" },
      dataset: "bench",
    });
  } finally {
    await forLoadCsv.driver.close();
    await forLoadCsv.local.stop();
  }
  log(`LOAD CSV: ${loadCsv.rows} rows in ${(loadCsv.ms / 1000).toFixed(1)} s`);
  const database = await freshDatabase(size, dataDir, log);
  log("npm run seed");
  const seedStarted = performance.now();
  try {
    await runSeedCli(database.local.uri, dataDir);
  } catch (error) {
    await database.driver.close();
    await database.local.stop();
    throw error;
  }
  const seederMs = performance.now() - seedStarted;
  log(`seeder: ${csvRows} rows in ${(seederMs / 1000).toFixed(1)} s`);
  return {
    result: {
      rows: csvRows,
      loadCsv: { ms: loadCsv.ms, rowsPerSecond: (loadCsv.rows / loadCsv.ms) * 1000, steps: loadCsv.steps },
      seeder: { ms: seederMs, rowsPerSecond: (csvRows / seederMs) * 1000 },
    },
    database,
  };
}

function runSeedCli(uri: string, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The flags of package.json's "seed" script, so the benchmark times the command a user runs.
    const child = spawn(
      process.execPath,
      ["--max-old-space-size=8192", join(projectRoot, "dist", "src", "seed", "seed-cli.js"), "--dir", dir, "--dataset", "bench"],
      {
        env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: "bench", LOG_LEVEL: "warn" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const output: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run seed failed (${code}):\n${output.join("").slice(-2000)}`)),
    );
  });
}

function summarise(loops: LoopResult[]): WayStats {
  const latencies = loops.flatMap((loop) => loop.latencies);
  const elapsedMs = loops.reduce((sum, loop) => sum + loop.elapsedMs, 0);
  const errors = loops.reduce((sum, loop) => sum + loop.errors, 0);
  return {
    requests: latencies.length,
    errors,
    firstError: loops.find((loop) => loop.firstError)?.firstError,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    throughput: (latencies.length / elapsedMs) * 1000,
  };
}

/** Data rows of a CSV text: its lines but the header (the generator writes no newline inside a field). */
function dataRows(text: string): number {
  return text.split("\n").filter((line) => line.trim() !== "").length - 1;
}

function describeMachine() {
  // `java -version` writes to stderr.
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  const javaVersion = `${java.stderr ?? ""}`.split("\n")[0]?.trim() ?? "";
  const packageVersion = (name: string) =>
    (JSON.parse(readFileSync(join(projectRoot, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  return {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    java: javaVersion,
    neo4jDriver: packageVersion("neo4j-driver"),
    neo4jGraphql: packageVersion("@neo4j/graphql"),
  };
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      size: { type: "string" },
      concurrency: { type: "string" },
      seconds: { type: "string" },
      rounds: { type: "string" },
      "rankings-only": { type: "boolean", default: false },
      "loaders-only": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const size = values.size ?? (values.quick ? "small" : "both");
  const sizes = size === "both" ? (["small", "large"] as BenchSize[]) : [size as BenchSize];
  if (!sizes.every((s) => s in benchSizes)) fail(`--size must be small, large or both, not "${size}"`);
  if (values["rankings-only"] && values["loaders-only"]) fail("--rankings-only and --loaders-only exclude each other");
  const number = (value: string | undefined, fallback: number, name: string) => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isFinite(n) || n <= 0) fail(`--${name} must be a positive number, not "${value}"`);
    return n;
  };
  const seconds = number(values.seconds, values.quick ? 2 : 6, "seconds");
  return {
    sizes,
    quick: values.quick,
    rankingsOnly: values["rankings-only"],
    loadersOnly: values["loaders-only"],
    concurrency: Math.round(number(values.concurrency, 4, "concurrency")),
    durationMs: seconds * 1000,
    warmupMs: Math.min(2_000, seconds * 500),
    rounds: Math.round(number(values.rounds, values.quick ? 2 : 3, "rounds")),
  };
}

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
