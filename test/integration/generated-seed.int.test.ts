import { generateSeed } from "../../bench/generate-seed";
import type { Executor } from "../../src/neo4j/executor";
import { seed } from "../../src/seed/seeder";
import { openTestDatabase, seedFolder, silentLogger, uniquePrefix } from "../support/test-database";

const dataset = `${uniquePrefix()}generated`;
let db: { executor: Executor; close(): Promise<void> };

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
      const generated = generateSeed(2_000, 300);
      const progress: number[] = [];
      const report = await seed(db.executor, { dirs: [seedFolder(generated.files)], dataset, onProgress: ({ done }) => progress.push(done) }, silentLogger);
      expect(report.relation.added).toBe(2_000);
      expect(report.actor.added).toBe(generated.actors);
      expect(progress.at(-1)).toBe(report.rowsWritten);
      const chains = await db.executor.run<{ n: number }>("READ", {
        name: "test/chains",
        text: "MATCH (:Actor {kind: 'state'})-[:CONTROLS]->(f:Actor)-[:CONTROLS]->(v:Actor) WHERE v.dataset = $dataset RETURN count(*) AS n",
      }, { dataset });
      expect(chains[0]!.n).toBeGreaterThan(0);
    });
  });
});
