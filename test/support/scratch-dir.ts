import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The variable global-setup sets to the run's scratch folder, which global-teardown removes. */
export const SCRATCH_ROOT_VARIABLE = "APG_TEST_SCRATCH";

/**
 * A new empty folder for a test's files or a test Neo4j's store, named `<prefix>XXXXXX`, inside the test run's
 * scratch folder, which global-teardown removes: a local Neo4j's store preallocates about 500 MB of transaction
 * logs, and stores left behind by earlier runs once filled the disk. (A test file's own exit handler cannot do
 * it: jest hands test code a process object of its own, and ends its workers without their exit events.)
 */
export function scratchDir(prefix: string): string {
  const root = process.env[SCRATCH_ROOT_VARIABLE] ?? join(tmpdir(), "apg-test-scratch");
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, prefix));
}

/**
 * For a global setup: the run's scratch folder, named in the environment the test workers inherit. Made once
 * per run: when two projects' global setups both ask (unit's and the Neo4j one), the second gets the first's.
 */
export function createScratchRoot(): string {
  const existing = process.env[SCRATCH_ROOT_VARIABLE];
  if (existing && existsSync(existing)) return existing;
  const root = mkdtempSync(join(tmpdir(), "apg-test-"));
  process.env[SCRATCH_ROOT_VARIABLE] = root;
  return root;
}

/** For a global teardown: removes the run's scratch folder and all in it (again is harmless). */
export function removeScratchRoot(): void {
  const root = process.env[SCRATCH_ROOT_VARIABLE];
  if (root) rmSync(root, { recursive: true, force: true });
}
