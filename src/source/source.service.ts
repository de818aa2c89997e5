import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { Citation } from "./source.type";

const citationsOfFacts = cypher("source/citations-of-facts");

/** What a citation supports: a fact's kind ("relation", "statement", "event", "plan", "pillar", "regime") and id. */
export interface FactKey {
  kind: string;
  fact: string;
}

export const factKeyString = (key: FactKey): string => `${key.kind}:${key.fact}`;

/** Reads sources and the citations that tie them to facts. */
export class SourceService {
  constructor(private readonly executor: Executor) {}

  /** The citations of each fact, in the order asked; one query for all. */
  async citationsOf(facts: readonly FactKey[]): Promise<Citation[][]> {
    const rows = await this.executor.run<FactKey & { citations: Citation[] }>("READ", citationsOfFacts, { facts });
    const byKey = new Map(rows.map((r) => [factKeyString(r), r.citations]));
    return facts.map((f) => byKey.get(factKeyString(f)) ?? []);
  }
}
