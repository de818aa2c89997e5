import { removeScratchRoot } from "./scratch-dir";

/** Stops the local Neo4j that global-setup started, if it started one, and removes the run's scratch folders. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.localNeo4jForTests?.stop();
  removeScratchRoot();
}
