import "reflect-metadata";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/project-root";
import { seed } from "../../src/seed/seeder";
import { startLocalNeo4j, type LocalNeo4j } from "../../tools/neo4j-local/local-neo4j";
import { freePort } from "./free-port";
import { openTestDatabase, silentLogger } from "./test-database";
import { createScratchRoot } from "./scratch-dir";

declare global {
  // Shared with global-teardown, which runs in the same process.
  var localNeo4jForTests: LocalNeo4j | undefined;
}

/**
 * The global setup of the projects that need Neo4j (integration, browser-notebook); jest runs it once per run
 * even when both projects run, so there is one Neo4j for the whole run. With NEO4J_URI set, the tests use that server (and write only data with
 * test-prefixed ids, which they remove). Otherwise a fresh local Neo4j starts on a free port with an empty
 * store under .neo4j/test, and the workers reach it through NEO4J_URI.
 *
 * The query tests check answers against the curated seeds/, so they need that dataset. The local database
 * gets it here, once, before any worker starts. A server named by NEO4J_URI is never seeded by tests: the
 * query tests run there only if it already holds the "seeds" dataset (TEST_SEEDS=present), as `npm start`
 * leaves it.
 */
export default async function globalSetup(): Promise<void> {
  createScratchRoot();
  if (process.env.NEO4J_URI) {
    console.log(`\n[test setup] Using the Neo4j at NEO4J_URI=${process.env.NEO4J_URI}; starting none.`);
    process.env.TEST_NEO4J = "external";
    const db = await openTestDatabase();
    try {
      const [row] = await db.executor.run<{ present: boolean }>("READ", {
        name: "test/seeds-present",
        text: "RETURN EXISTS { MATCH (a:Actor {dataset: 'seeds'}) } AS present",
      });
      process.env.TEST_SEEDS = row?.present ? "present" : "absent";
    } finally {
      await db.close();
    }
    return;
  }
  process.env.TEST_NEO4J = "local";
  console.log(
    "\n[test setup] NEO4J_URI is unset: starting one local Neo4j (a JVM) for the run, with its store in .neo4j/test, and seeding it from seeds/.",
  );
  const dataDir = join(projectRoot, ".neo4j", "test");
  rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({
    boltPort: await freePort(),
    dataDir,
    heap: "1g",
    pageCache: "256m",
    onProgress: (m) => console.log(`\n[neo4j-local] ${m}`),
  });
  globalThis.localNeo4jForTests = neo4j;
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_PASSWORD = "";
  const db = await openTestDatabase();
  try {
    await seed(db.executor, { dirs: [join(projectRoot, "seeds")], dataset: "seeds" }, silentLogger);
    process.env.TEST_SEEDS = "present";
  } finally {
    await db.close();
  }
}
