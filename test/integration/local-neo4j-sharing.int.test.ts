import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/project-root";
import { stateFilePath, type LocalNeo4jState } from "../../tools/neo4j-local/local-neo4j-state";
import { freePort } from "../support/free-port";
import { askGraphql, eventually } from "../support/probes";
import { describeWhenLocalNeo4j, isAlive, launcherJvmsOn } from "../support/processes";
import { scratchDir } from "../support/scratch-dir";
import { startServerProcess, type ServerProcess } from "../support/server-process";
import { seedFolder, uniquePrefix } from "../support/test-database";

/**
 * `npm start` on a local Neo4j, as a child process with a store of its own, and the CLIs run beside it with the
 * same configuration: they find its Neo4j through the state file in the data folder and use it. The tests run in
 * order and share the server: seed, export and neo4j:local beside it, then a kill -9 of its JVM, then the
 * server's clean stop, then a CLI that finds the stale file the killed owner of a store left behind.
 */
let env: Record<string, string>;
let dataDir: string;
let server: ServerProcess;

const readState = () => JSON.parse(readFileSync(stateFilePath(dataDir), "utf8")) as LocalNeo4jState;

/** Runs a compiled CLI with the server's configuration; every launcher JVM seen on the store meanwhile is collected. */
async function runCli(
  script: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string; jvmsSeen: Set<number> }> {
  const run = spawn(process.execPath, [script, ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  run.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  run.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const jvmsSeen = new Set<number>(launcherJvmsOn(dataDir));
  const watch = setInterval(() => {
    for (const pid of launcherJvmsOn(dataDir)) jvmsSeen.add(pid);
  }, 100);
  const code = await new Promise<number | null>((resolve) => run.once("exit", resolve));
  clearInterval(watch);
  for (const pid of launcherJvmsOn(dataDir)) jvmsSeen.add(pid);
  return { code, stdout, stderr, jvmsSeen };
}

describeWhenLocalNeo4j("local Neo4j shared through its state file", () => {
  beforeAll(async () => {
    dataDir = scratchDir("apg-shared-");
    env = {
      NEO4J_URI: "",
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      NEO4J_LOCAL_DATA_DIR: dataDir,
      NEO4J_LOCAL_HEAP: "512m",
      NEO4J_LOCAL_PAGECACHE: "64m",
      PORT: String(await freePort()),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
    };
    server = await startServerProcess(env);
  });

  afterAll(async () => {
    if (server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  });

  describe("the state file", () => {
    it("names the server's Neo4j while it runs", () => {
      expect(readState()).toMatchObject({
        status: "ready",
        uri: `bolt://127.0.0.1:${env.NEO4J_LOCAL_BOLT_PORT}`,
        ownerPid: server.child.pid,
        jvmPid: server.jvmPid,
        dataDir,
      });
    });
  });

  describe("npm run seed beside the server", () => {
    it("writes a layered folder into the server's Neo4j, the server answers the change, and no second JVM starts", async () => {
      const p = uniquePrefix();
      const extra = seedFolder({
        "sources.csv": `id,url,title,publisher,published,language
${p}src,https://example.org/${p}src,A test source,Example News,2025-02-03,en
`,
        "actors.csv": `id,kind,name,country,description
${p}fund,investor,Shared Test Fund,US,A test fund.
`,
        "relations.csv": `id,type,from,to,valid_from,valid_to,amount,currency,amount_usd,amount_kind,round,instrument,stake,role,confidence,source,quote
${p}fund-funds-openai,FUNDS,${p}fund,openai,2025-02-03,,1000000,USD,1000000,paid,,equity,,,reported,${p}src,"The fund put in $1 million"
`,
      });
      const before = await askGraphql(server.graphqlUrl, `{ actor(id: "${p}fund") { name } }`);
      expect(before.data).toEqual({ actor: null });

      const run = await runCli("dist/src/seed/seed-cli.js", ["--dir", join(projectRoot, "seeds"), "--dir", extra]);
      expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
      expect(run.stdout).toContain(`into ${readState().uri}`);
      expect([...run.jvmsSeen]).toEqual([server.jvmPid]);

      const after = await askGraphql(
        server.graphqlUrl,
        `{ actor(id: "${p}fund") { name relations(type: FUNDS, direction: OUTGOING) { edges { node { id amountUsd to { id } sources { quote source { url } } } } } } }`,
      );
      expect(after.codes).toEqual([]);
      expect(after.data).toEqual({
        actor: {
          name: "Shared Test Fund",
          relations: {
            edges: [
              {
                node: {
                  id: `${p}fund-funds-openai`,
                  amountUsd: 1000000,
                  to: { id: "openai" },
                  sources: [{ quote: "The fund put in $1 million", source: { url: `https://example.org/${p}src` } }],
                },
              },
            ],
          },
        },
      });
    });
  });

  describe("npm run export beside the server", () => {
    it("exports from the server's Neo4j without a second JVM", async () => {
      const out = scratchDir("apg-shared-export-");
      const run = await runCli("dist/src/seed/export-cli.js", ["--format", "csv", "--out", out]);
      expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
      expect([...run.jvmsSeen]).toEqual([server.jvmPid]);
      expect(readFileSync(join(out, "actors.csv"), "utf8")).toContain("Shared Test Fund");
    });
  });

  describe("npm run neo4j:local beside the server", () => {
    it("names the running Neo4j and exits 0 without starting one", async () => {
      const run = await runCli("dist/tools/neo4j-local/neo4j-local-cli.js", []);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`already running at bolt://127.0.0.1:${env.NEO4J_LOCAL_BOLT_PORT}`);
      expect([...run.jvmsSeen]).toEqual([server.jvmPid]);
    });
  });

  describe("supervision", () => {
    it("restarts the JVM after kill -9, and /readyz and queries come back with no restart of the server", async () => {
      const killed = server.jvmPid;
      process.kill(killed, "SIGKILL");
      // The restart waits 1 s, then Neo4j starts and recovers its store: bounded well below two minutes.
      const readyz = await eventually(
        "readyz 200 after the kill",
        120_000,
        async () => {
          const status = (await fetch(`${server.base}/readyz`)).status;
          return { status, restarted: server.logs.some((e) => e.kind === "restarted") };
        },
        (seen) => seen.restarted && seen.status === 200,
      );
      expect(readyz.value.status).toBe(200);
      const answer = await eventually(
        "openai answered",
        60_000,
        () => askGraphql(server.graphqlUrl, `{ actor(id: "openai") { name } }`),
        (a) => a.codes.length === 0,
      );
      expect(answer.value.data).toEqual({ actor: { name: "OpenAI" } });

      const crashed = server.logs.find((e) => e.kind === "crashed");
      expect(crashed).toMatchObject({ level: 40, component: "neo4j-local", pid: killed, signal: "SIGKILL", attempt: 1 });
      const restarted = server.logs.find((e) => e.kind === "restarted")!;
      expect(restarted.pid).not.toBe(killed);
      expect(isAlive(killed)).toBe(false);
      expect(launcherJvmsOn(dataDir)).toEqual([restarted.pid]);
      expect(readState()).toMatchObject({ status: "ready", jvmPid: restarted.pid, ownerPid: server.child.pid });
      expect(server.child.exitCode).toBeNull();
      server.jvmPid = restarted.pid!;
      console.log(`JVM killed: restarted ${String(restarted.downMs)} ms after the crash; /readyz 200 again ${readyz.ms} ms after the kill`);
    });
  });

  describe("on SIGINT", () => {
    it("stops its Neo4j and removes the state file", async () => {
      server.child.kill("SIGINT");
      expect(await server.exited).toBe(0);
      expect(isAlive(server.jvmPid)).toBe(false);
      expect(existsSync(stateFilePath(dataDir))).toBe(false);
    });
  });

  describe("a stale state file", () => {
    // What `kill -9` of `npm start` leaves: its JVM exits by itself, its state file stays.
    it("is replaced by a CLI that then starts its own Neo4j, and removed when that stops", async () => {
      const gone = spawn(process.execPath, ["-e", ""]);
      await new Promise((resolve) => gone.once("exit", resolve));
      const stale: LocalNeo4jState = { ...readStateShape(), ownerPid: gone.pid!, jvmPid: gone.pid! };
      writeFileSync(stateFilePath(dataDir), JSON.stringify(stale));

      const out = scratchDir("apg-shared-export-");
      const run = await runCli("dist/src/seed/export-cli.js", ["--format", "csv", "--out", out]);
      expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
      expect(readFileSync(join(out, "actors.csv"), "utf8")).toContain("Shared Test Fund");
      expect(run.jvmsSeen.size).toBe(1);
      expect(existsSync(stateFilePath(dataDir))).toBe(false);
      expect(launcherJvmsOn(dataDir)).toEqual([]);
    });
  });

  describe("a server that shares the Neo4j of npm run neo4j:local", () => {
    it("starts it again when that process stops, and answers with no restart", async () => {
      const owner = spawn(process.execPath, ["dist/tools/neo4j-local/neo4j-local-cli.js"], {
        cwd: projectRoot,
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "inherit"],
      });
      const ownerExited = new Promise<number | null>((resolve) => owner.once("exit", resolve));
      await new Promise<void>((resolve, reject) => {
        owner.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Neo4j is ready") && resolve());
        void ownerExited.then((code) => reject(new Error(`neo4j:local exited with ${code} before it was ready`)));
      });
      const ownersJvm = readState().jvmPid!;
      const sharing = await startServerProcess(env);
      try {
        expect(sharing.jvmPid).toBe(-1);
        expect(sharing.logs.some((e) => e.msg.startsWith(`using the local Neo4j that process ${owner.pid}`))).toBe(true);

        owner.kill("SIGINT");
        expect(await ownerExited).toBe(0);
        expect(isAlive(ownersJvm)).toBe(false);
        const answer = await eventually(
          "openai answered after the owner stopped",
          120_000,
          () => askGraphql(sharing.graphqlUrl, `{ actor(id: "openai") { name } }`),
          (a) => a.codes.length === 0,
        );
        expect(answer.value.data).toEqual({ actor: { name: "OpenAI" } });
        expect((await fetch(`${sharing.base}/readyz`)).status).toBe(200);
        expect(readState()).toMatchObject({ status: "ready", ownerPid: sharing.child.pid });
        expect(launcherJvmsOn(dataDir)).toEqual([readState().jvmPid]);
      } finally {
        sharing.child.kill("SIGINT");
        expect(await sharing.exited).toBe(0);
      }
      expect(launcherJvmsOn(dataDir)).toEqual([]);
      expect(existsSync(stateFilePath(dataDir))).toBe(false);
    });
  });
});

/** A ready state for this store, as a live server would write it. */
function readStateShape(): LocalNeo4jState {
  return {
    status: "ready",
    uri: `bolt://127.0.0.1:${env.NEO4J_LOCAL_BOLT_PORT}`,
    boltPort: Number(env.NEO4J_LOCAL_BOLT_PORT),
    ownerPid: 0,
    jvmPid: null,
    dataDir,
    updatedAt: new Date().toISOString(),
  };
}
