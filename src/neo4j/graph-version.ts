import { cypher } from "./cypher-file";
import type { Executor, QueryRunner } from "./executor";

const bumpQuery = cypher("meta/bump-graph-version");
const readQuery = cypher("meta/graph-version");

/** The graph's version: a count of write transactions, within an epoch drawn when the count began. */
export interface GraphVersion {
  version: number;
  epoch: string | null;
}

/** One string that names a version of the graph, for a cache key. */
export function graphVersionKey(version: GraphVersion): string {
  return `${version.epoch ?? "none"}:${version.version}`;
}

/**
 * Raises the graph's version in the given write transaction: call it in every transaction that changes the graph,
 * last, so the version commits with the change. Answers the new version.
 */
export async function bumpGraphVersion(tx: QueryRunner): Promise<number> {
  const [row] = await tx.run<{ version: number }>(bumpQuery);
  return row!.version;
}

/**
 * The graph's version now. Read it before the data a cached answer is computed from: a write that commits after
 * the read raises it past the version the answer is filed under, so the answer is never served for the newer graph.
 */
export async function readGraphVersion(executor: Executor): Promise<GraphVersion> {
  const [row] = await executor.run<GraphVersion>("READ", readQuery);
  return row ?? { version: 0, epoch: null };
}
