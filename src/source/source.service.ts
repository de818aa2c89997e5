import type { PageWindow } from "../graphql/pagination";
import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { RelationRow } from "../relation/relation.type";
import type { Citation, Source, SourceFactRow } from "./source.type";

const citationsOfFacts = cypher("source/citations-of-facts");
const sourcesQuery = cypher("source/sources");
const sourcesByIds = cypher("source/sources-by-ids");
const factsOfSources = cypher("source/facts-of-sources");
const relationsByIds = cypher("source/relations-by-ids");

/** What a citation supports: a fact's kind ("relation", "statement", "event", "plan", "pillar", "regime") and id. */
export interface FactKey {
  kind: string;
  fact: string;
}

/** Which sources to list; an absent condition keeps all. */
export interface SourceFilterValues {
  publisher?: string | null;
  language?: string | null;
  text?: string | null;
}

/** One window of a list, and how many items it has in all. */
export interface Slice<T> {
  total: number;
  items: T[];
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

  /** One window of the sources matching the filter, newest first, and how many match. */
  async sources(filter: SourceFilterValues, window: PageWindow): Promise<Slice<Source>> {
    const [row] = await this.executor.run<{ total: number; sources: Source[] }>("READ", sourcesQuery, {
      publisher: filter.publisher ?? null,
      language: filter.language ?? null,
      text: filter.text ?? null,
      ...window,
    });
    return { total: row?.total ?? 0, items: row?.sources ?? [] };
  }

  /** The sources with these ids, in the order asked; null where no source has the id. One query for all. */
  async sourcesByIds(ids: readonly string[]): Promise<(Source | null)[]> {
    const rows = await this.executor.run<{ source: Source }>("READ", sourcesByIds, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.source.id, r.source]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The same window of the facts each source supports (kinds: stored values; null keeps all), in the order asked. */
  async factsOf(sourceIds: readonly string[], kinds: readonly string[] | null, window: PageWindow): Promise<Slice<SourceFactRow>[]> {
    const rows = await this.executor.run<{ id: string; total: number; facts: SourceFactRow[] }>("READ", factsOfSources, {
      ids: [...new Set(sourceIds)],
      kinds: kinds?.length ? kinds : null,
      ...window,
    });
    const byId = new Map(rows.map((r) => [r.id, { total: r.total, items: r.facts }]));
    return sourceIds.map((id) => byId.get(id) ?? { total: 0, items: [] });
  }

  /** The relations with these ids, in the order asked; null where no relation has the id. One query for all. */
  async relationsByIds(ids: readonly string[]): Promise<(RelationRow | null)[]> {
    const rows = await this.executor.run<{ relation: RelationRow }>("READ", relationsByIds, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.relation.id, r.relation]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
