import { readdirSync, readFileSync } from "node:fs";

/** Whether a process with this pid exists (signal 0 checks without signalling). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Tests that start JVMs of their own. With NEO4J_URI set by the user the run must start no local Neo4j, so
 * they are skipped, and jest reports them as skipped.
 */
export const describeWhenLocalNeo4j = process.env.TEST_NEO4J === "external" ? describe.skip : describe;

/**
 * Tests whose answers are checked against the curated seeds/ (dataset "seeds"). global-setup loads it into the
 * run's local database; on a server named by NEO4J_URI they run only if that server already holds it.
 */
export const describeWithSeeds = process.env.TEST_SEEDS === "present" ? describe : describe.skip;

/**
 * The pids of the launcher JVMs (tools/neo4j-local) running on this store, from /proc: how a test sees that no
 * second Neo4j started on it. Linux only, as the test machine is.
 */
export function launcherJvmsOn(dataDir: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    const launcher = args.indexOf("aipolicygraph.Neo4jLocal");
    if (launcher >= 0 && args[launcher + 1] === dataDir) pids.push(Number(name));
  }
  return pids;
}
