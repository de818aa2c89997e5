import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { generateSeed } from "../../bench/generate-seed";
import { projectRoot } from "../../src/project-root";
import { startLocalNeo4j, type LocalNeo4j } from "../../tools/neo4j-local/local-neo4j";
import { freePort } from "../support/free-port";
import { describeWhenLocalNeo4j, isAlive } from "../support/processes";
import { askGraphql, eventually, RESPONSE_BOUND_MS, sleep, type Answer } from "../support/probes";
import { seedFolder } from "../support/test-database";

/**
 * Faults against a real Neo4j of this file's own (it is stopped and killed here, so it cannot be the run's shared
 * one): the compiled server runs as a child process, as in production, so "does not crash" means the process
 * stays alive. The tests run in order and share the server and the database:
 * 1. the server starts while nothing listens on the Bolt port, then recovers when Neo4j starts there;
 * 2. Neo4j is killed (SIGKILL) and restarted on the same port and data while queries stream in;
 * 3. a seed of a large generated dataset is killed mid-write, then rerun.
 */
const dataDir = join(projectRoot, ".neo4j", `faults-${randomBytes(3).toString("hex")}`);
let boltPort: number;
let neo4jUri: string;
let neo4j: LocalNeo4j | undefined;
let server: ChildProcess;
let graphqlUrl: string;
let base: string;

const startNeo4j = () => startLocalNeo4j({ boltPort, dataDir, heap: "1g", pageCache: "128m" });
const ask = (query: string) => askGraphql(graphqlUrl, query);

/** Runs the compiled server and resolves once it logs "ready". */
function startServer(env: Record<string, string>): Promise<string> {
  // The rate limit is off: six clients in a loop would pass the default, and this test is about Neo4j's faults.
  server = spawn(process.execPath, ["dist/src/index.js"], {
    cwd: projectRoot,
    env: { ...process.env, RATE_LIMIT_PER_MINUTE: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: server.stdout! }).on("line", (line) => {
      const entry = JSON.parse(line) as { msg: string; graphql?: string };
      if (entry.msg.startsWith("ready:")) resolve(entry.graphql!);
      if (entry.msg.startsWith("ready:") || process.env.FAULTS_VERBOSE) console.log(line);
    });
    server.once("exit", (code) => reject(new Error(`the server exited with ${code} before it was ready`)));
  });
}

/** Every node and relationship of the database, counted, and those of one dataset. */
async function fingerprint(dataset: string): Promise<{ nodes: number; relationships: number; ofDataset: number }> {
  const { default: neo4jDriver } = await import("neo4j-driver");
  const driver = neo4jDriver.driver(neo4jUri, neo4jDriver.auth.basic("neo4j", ""));
  try {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL () { MATCH (n) WHERE n.dataset = $dataset RETURN count(n) AS ofDataset }
       RETURN nodes, relationships, ofDataset`,
      { dataset },
      { routing: neo4jDriver.routing.READ },
    );
    const row = records[0]!;
    return {
      nodes: row.get("nodes").toNumber(),
      relationships: row.get("relationships").toNumber(),
      ofDataset: row.get("ofDataset").toNumber(),
    };
  } finally {
    await driver.close();
  }
}

describeWhenLocalNeo4j("faults", () => {
  beforeAll(async () => {
    boltPort = await freePort();
    neo4jUri = `bolt://127.0.0.1:${boltPort}`;
    graphqlUrl = await startServer({
      NEO4J_URI: neo4jUri,
      NEO4J_PASSWORD: "",
      // The server seeds the curated seeds/ once Neo4j answers, so recovery can be checked against real answers.
      SEED_ON_START: "true",
      PORT: String(await freePort()),
      HOST: "127.0.0.1",
      // "info": the server announces "ready:" at that level.
      LOG_LEVEL: "info",
    });
    base = graphqlUrl.replace(/\/graphql$/, "");
  });

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe("Neo4j down at start", () => {
    it("serves 503 and DATABASE_UNAVAILABLE, then recovers with no restart when Neo4j comes up", async () => {
      const readyz = await fetch(`${base}/readyz`);
      expect(readyz.status).toBe(503);
      expect(await readyz.json()).toMatchObject({ ready: false, neo4j: "unreachable" });
      const down = await ask(`{ actor(id: "openai") { name } }`);
      expect(down.status).toBe(200);
      expect(down.codes).toEqual(["DATABASE_UNAVAILABLE"]);

      neo4j = await startNeo4j();
      // Preparation retries every 5 s, then migrates and seeds: bounded well below a minute.
      await eventually(
        "readyz 200",
        60_000,
        () => fetch(`${base}/readyz`).then((r) => r.status),
        (status) => status === 200,
      );
      const up = await eventually(
        "openai answered",
        60_000,
        () => ask(`{ actor(id: "openai") { name } }`),
        (a) => a.codes.length === 0 && a.data?.actor?.name === "OpenAI",
      );
      expect(up.value.status).toBe(200);
      expect(server.exitCode).toBeNull();
    });
  });

  describe("Neo4j restarted under load", () => {
    it("never crashes, answers each request with data or DATABASE_UNAVAILABLE in bounded time, and recovers", async () => {
      const queries = [
        `{ actor(id: "openai") { name } }`,
        `{ funders(of: "openai", first: 5) { totalCount } }`,
        `{ search(text: "OpenAI", first: 3) { actor { id } } }`,
      ];
      // Fail fast on a typo before the outage muddies the answers.
      for (const query of queries) expect((await ask(query)).codes).toEqual([]);

      const answers: (Answer & { sent: number; at: number })[] = [];
      let running = true;
      const worker = async (index: number) => {
        for (let i = index; running; i++) {
          const sent = Date.now();
          answers.push({ ...(await ask(queries[i % queries.length]!)), sent, at: Date.now() });
        }
      };
      const workers = Array.from({ length: 6 }, (_, i) => worker(i));

      await sleep(1_500);
      const jvmPid = neo4j!.pid;
      process.kill(jvmPid, "SIGKILL");
      await neo4j!.stop();
      expect(isAlive(jvmPid)).toBe(false);
      const killedAt = Date.now();
      await sleep(3_000);
      neo4j = await startNeo4j();
      const neo4jBackAt = Date.now();
      // Recovery as one client sees it: a request at a time from the moment Neo4j is ready, until one is answered.
      // Its answers are checked with the workers' below.
      const probe = async () => {
        const sent = Date.now();
        const answer = await ask(queries[0]!);
        answers.push({ ...answer, sent, at: Date.now() });
        return answer;
      };
      const firstAnswer = await eventually("first answer after the restart", 60_000, probe, (a) => a.codes.length === 0);
      // Recovered: every answer of a 2 s stretch after Neo4j is back is data.
      const recovered = await eventually(
        "recovery",
        60_000,
        async () => {
          const since = Date.now() - 2_000;
          const recent = answers.filter((a) => a.at >= since && a.at >= neo4jBackAt);
          return recent.length > 0 && Date.now() - neo4jBackAt > 2_000 && recent.every((a) => a.codes.length === 0);
        },
        (ok) => ok,
      );
      running = false;
      await Promise.all(workers);

      const bad = answers.filter((a) => a.status !== 200 || !(a.codes.length === 0 || a.codes.every((c) => c === "DATABASE_UNAVAILABLE")));
      expect(bad).toEqual([]);
      expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(RESPONSE_BOUND_MS);
      // The outage was real: some requests got DATABASE_UNAVAILABLE, and some were answered before and after it.
      expect(answers.some((a) => a.codes.includes("DATABASE_UNAVAILABLE"))).toBe(true);
      expect(answers.some((a) => a.at < killedAt && a.codes.length === 0)).toBe(true);
      expect(answers.some((a) => a.at > neo4jBackAt && a.codes.length === 0)).toBe(true);
      expect(server.exitCode).toBeNull();
      const outage = answers.filter((a) => a.codes.length > 0).map((a) => a.ms);
      console.log(
        `restart under load: ${answers.length} answers, ${answers.filter((a) => a.codes.length > 0).length} DATABASE_UNAVAILABLE, ` +
          `slowest ${Math.max(...answers.map((a) => a.ms))} ms, DATABASE_UNAVAILABLE in ${Math.min(...outage)}..${Math.max(...outage)} ms; ` +
          `Neo4j down ${neo4jBackAt - killedAt} ms (kill to ready); first answer ${firstAnswer.ms} ms after Neo4j was ready; ` +
          `every answer data again ${recovered.ms} ms after that` +
          (process.env.FAULTS_VERBOSE
            ? `\n${answers.map((a) => `${a.sent - killedAt}+${a.ms} ${a.codes.join(",") || "ok"}`).join("\n")}`
            : ""),
      );
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    });
  });

  describe("seeding killed mid-run", () => {
    /** Runs `npm run seed` (built) on a generated folder, into its own dataset. */
    const seedRun = (dir: string, dataset: string, extra: string[]) =>
      spawn(process.execPath, ["dist/src/seed/seed-cli.js", "--dir", dir, "--dataset", dataset, ...extra], {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: neo4jUri, NEO4J_PASSWORD: "", LOG_LEVEL: "warn" },
        stdio: ["ignore", "pipe", "pipe"],
      });
    /** Starts a seed, waits until its progress bar shows records written, then kills it with SIGKILL. */
    const killWhileWriting = async (dir: string, dataset: string, extra: string[]) => {
      const run = seedRun(dir, dataset, extra);
      const exited = new Promise<NodeJS.Signals | null>((resolve) => run.once("exit", (_code, signal) => resolve(signal)));
      const progress = await new Promise<{ done: number; total: number }>((resolve, reject) => {
        run.stderr!.on("data", (chunk: Buffer) => {
          const match = /writing \[[#.]+\] (\d+)\/(\d+)/.exec(chunk.toString());
          if (match && Number(match[1]) > 0) resolve({ done: Number(match[1]), total: Number(match[2]) });
        });
        void exited.then(() => reject(new Error("the seed exited before it began writing")));
      });
      run.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      // Killed while writing, not after the last commit.
      expect(progress.done).toBeLessThan(progress.total);
      // Neo4j rolls an open transaction back when it sees the connection close.
      await sleep(1_000);
    };
    /** Runs the seed to the end; its output and the dataset's actors and generated relations afterwards. */
    const rerun = async (dir: string, dataset: string, extra: string[]) => {
      const run = seedRun(dir, dataset, extra);
      let output = "";
      run.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      run.stderr!.resume();
      const code = await new Promise<number | null>((resolve) => run.once("exit", resolve));
      expect({ code, output }).toMatchObject({ code: 0 });
      const { default: neo4jDriver } = await import("neo4j-driver");
      const driver = neo4jDriver.driver(neo4jUri, neo4jDriver.auth.basic("neo4j", ""));
      try {
        const { records } = await driver.executeQuery(
          "MATCH (a:Actor {dataset: $dataset}) WITH count(a) AS actors MATCH ()-[r]->() WHERE r.dataset = $dataset RETURN actors, count(r) AS relations",
          { dataset },
        );
        return { output, actors: records[0]!.get("actors").toNumber(), relations: records[0]!.get("relations").toNumber() };
      } finally {
        await driver.close();
      }
    };

    it("in one transaction, leaves the database unchanged, and a rerun loads everything", async () => {
      const generated = generateSeed(40_000, undefined, `${randomBytes(3).toString("hex")}-`);
      const dir = seedFolder(generated.files);
      const dataset = `faults-${randomBytes(3).toString("hex")}`;
      const before = await fingerprint(dataset);
      expect(before.ofDataset).toBe(0);

      await killWhileWriting(dir, dataset, ["--transaction-records", "all"]);
      expect(await fingerprint(dataset)).toEqual(before);

      const after = await rerun(dir, dataset, ["--transaction-records", "all"]);
      expect(after).toMatchObject({ actors: generated.actors, relations: generated.relations });
    });

    it("in steps, keeps what was committed, and a rerun writes only the rest", async () => {
      const generated = generateSeed(20_000, undefined, `${randomBytes(3).toString("hex")}-`);
      const dir = seedFolder(generated.files);
      const dataset = `faults-${randomBytes(3).toString("hex")}`;
      // The progress bar moves when a transaction commits, so what it showed is in the database.
      await killWhileWriting(dir, dataset, ["--transaction-records", "5000"]);
      const partial = await fingerprint(dataset);
      expect(partial.ofDataset).toBeGreaterThan(0);

      const after = await rerun(dir, dataset, ["--transaction-records", "5000"]);
      expect(after).toMatchObject({ actors: generated.actors, relations: generated.relations });
      // The actors commit first, so the rerun found them all unchanged, and wrote the others.
      expect(after.output).toContain(`actors: 0 added, 0 changed, ${generated.actors} unchanged`);
    });
  });
});
