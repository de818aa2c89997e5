/** Stops the local Neo4j that global-setup started, if it started one. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.localNeo4jForTests?.stop();
}
