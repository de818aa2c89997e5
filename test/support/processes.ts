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
