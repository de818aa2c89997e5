import { generateSeed } from "../../bench/generate-seed";
import type { Executor } from "../../src/neo4j/executor";
import { seed } from "../../src/seed/seeder";
import { openTestDatabase, seedFolder, silentLogger, uniquePrefix } from "../support/test-database";

const prefix = uniquePrefix();
const dataset = `${prefix}generated`;
let db: { executor: Executor; close(): Promise<void> };

/**
 * The executor, except that its `failAt`-th write transaction fails after its statements ran, before it commits,
 * as a connection lost mid-run would: Neo4j rolls it back, and the transactions committed before it stay.
 */
function failingAt(executor: Executor, failAt: number): Executor {
  let writes = 0;
  return new Proxy(executor, {
    get(target, property, receiver) {
      if (property !== "transaction") return Reflect.get(target, property, receiver);
      const transaction: Executor["transaction"] = (mode, name, work, options) =>
        target.transaction(
          mode,
          name,
          async (tx) => {
            const result = await work(tx);
            if (mode === "WRITE" && ++writes === failAt) throw new Error(`cut before ${name} committed`);
            return result;
          },
          options,
        );
      return transaction;
    },
  });
}

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.executor.run("WRITE", { name: "test/cleanup", text: "MATCH (n) WHERE n.dataset = $dataset DETACH DELETE n" }, { dataset });
  await db.close();
});

describe("generate-seed", () => {
  describe("generateSeed", () => {
    it("writes seed files that validate and load in full, with state -> fund -> vehicle chains", async () => {
      const generated = generateSeed(2_000, 300, prefix);
      const progress: number[] = [];
      const report = await seed(
        db.executor,
        { dirs: [seedFolder(generated.files)], dataset, onProgress: ({ done }) => progress.push(done) },
        silentLogger,
      );
      expect(report.relation.added).toBe(2_000);
      expect(report.actor.added).toBe(generated.actors);
      expect(progress.at(-1)).toBe(report.rowsWritten);
      const chains = await db.executor.run<{ n: number }>(
        "READ",
        {
          name: "test/chains",
          text: "MATCH (:Actor {kind: 'state'})-[:CONTROLS]->(f:Actor)-[:CONTROLS]->(v:Actor) WHERE v.dataset = $dataset RETURN count(*) AS n",
        },
        { dataset },
      );
      expect(chains[0]!.n).toBeGreaterThan(0);
    });

    it("commits a seed larger than transactionRecords in several transactions, to the graph one transaction writes", async () => {
      const stagedDataset = `${dataset}-staged`;
      const generated = generateSeed(3_000, 400, `${prefix}staged-`);
      const dir = seedFolder(generated.files);
      const progress: number[] = [];
      const staged = await seed(
        db.executor,
        { dirs: [dir], dataset: stagedDataset, transactionRecords: 1_000, onProgress: ({ done }) => progress.push(done) },
        silentLogger,
      );
      // 3,000 relations, 3,000 citations, 400 actors and 30 sources: at least 7 transactions of 1,000 records.
      expect(staged.rowsWritten).toBe(3_000 + 3_000 + 400 + 30);
      expect(staged.transactions).toBeGreaterThanOrEqual(7);
      expect(progress.at(-1)).toBe(staged.rowsWritten);
      const counts = await db.executor.run<{ relations: number; citations: number; runs: number }>(
        "READ",
        {
          name: "test/staged-counts",
          text: `CALL () { MATCH ()-[r]->() WHERE r.dataset = $d RETURN count(r) AS relations }
               CALL () { MATCH (c:Citation {dataset: $d})-[:CITES]->(:Source) RETURN count(c) AS citations }
               CALL () { MATCH (c:Change {action: 'seed', entityId: $d}) RETURN count(c) AS runs }
               RETURN relations, citations, runs`,
        },
        { d: stagedDataset },
      );
      expect(counts).toEqual([{ relations: 3_000, citations: 3_000, runs: 1 }]);
      // One transaction over the same files finds every record as it would have written it.
      const again = await seed(
        db.executor,
        { dirs: [dir], dataset: stagedDataset, transactionRecords: Number.POSITIVE_INFINITY },
        silentLogger,
      );
      expect(again.rowsWritten).toBe(0);
      expect(again.relation).toEqual({ added: 0, changed: 0, unchanged: 3_000, removed: 0 });
      await db.executor.run(
        "WRITE",
        { name: "test/cleanup", text: "MATCH (n) WHERE n.dataset = $d DETACH DELETE n" },
        { d: stagedDataset },
      );
    });

    it("completes, when run again, a seed cut short while it streamed, to the graph one transaction writes", async () => {
      const cutDataset = `${dataset}-cut`;
      const generated = generateSeed(3_000, 400, `${prefix}cut-`);
      const dir = seedFolder(generated.files);
      const options = { dirs: [dir], dataset: cutDataset, transactionRecords: 1_000 };
      // 430 sources and actors commit first (transaction 1); the fourth write falls among the relations and citations.
      await expect(seed(failingAt(db.executor, 4), options, silentLogger)).rejects.toThrow(/^cut before seed:/);
      const count = async () => {
        const [row] = await db.executor.run<{ relations: number; citations: number; runs: number }>(
          "READ",
          {
            name: "test/cut-counts",
            text: `CALL () { MATCH ()-[r]->() WHERE r.dataset = $d RETURN count(r) AS relations }
                 CALL () { MATCH (c:Citation {dataset: $d})-[:CITES]->(:Source) RETURN count(c) AS citations }
                 CALL () { MATCH (c:Change {action: 'seed', entityId: $d}) RETURN count(c) AS runs }
                 RETURN relations, citations, runs`,
          },
          { d: cutDataset },
        );
        return row!;
      };
      const cut = await count();
      expect(cut.relations + cut.citations).toBeGreaterThan(0);
      expect(cut.relations + cut.citations).toBeLessThan(6_000);
      expect(cut.runs).toBe(0);

      const rerun = await seed(db.executor, options, silentLogger);
      expect(rerun.actor).toEqual({ added: 0, changed: 0, unchanged: 400, removed: 0 });
      expect(rerun.relation.added).toBe(3_000 - cut.relations);
      expect(rerun.relation.unchanged).toBe(cut.relations);
      expect(await count()).toEqual({ relations: 3_000, citations: 3_000, runs: 1 });
      // One transaction over the same files finds every record as it would have written it.
      const again = await seed(db.executor, { ...options, transactionRecords: Number.POSITIVE_INFINITY }, silentLogger);
      expect(again.rowsWritten).toBe(0);
      await db.executor.run("WRITE", { name: "test/cleanup", text: "MATCH (n) WHERE n.dataset = $d DETACH DELETE n" }, { d: cutDataset });
    });
  });
});
