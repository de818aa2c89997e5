import { policyStartTypes } from "../model/model";
import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { RelationRow } from "../relation/relation.type";
import { seedFiles, type SeedFile } from "../seed/exporter";
import type { GraphSelection } from "./export.params";

const graphQuery = cypher("export/graph");

/** One source backing a fact, by id (the source itself is in GraphData.sources), with the quote that does so. */
export interface CitationRef {
  source: string;
  quote: string;
}

/** An actor as the graph stores it. Kinds and vocabularies in their stored spelling ("company", "authoritarian"). */
export interface ActorRow {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  description: string | null;
  aliases: string[] | null;
  aliasLanguages: string[] | null;
  identifierSchemes: string[] | null;
  identifierValues: string[] | null;
  regime: string | null;
  regimeIndex: string | null;
  regimeYear: number | null;
  regimeScore: number | null;
  dataset: string | null;
  regimeCitations: CitationRef[];
}

export interface EdgeRow extends RelationRow {
  dataset: string | null;
  citations: CitationRef[];
}

export interface SourceRow {
  id: string;
  url: string;
  via: string | null;
  title: string;
  publisher: string | null;
  published: string | null;
  language: string;
}

/** A policy instrument as the graph stores it, with its own citations. */
export interface PolicyNodeRow {
  id: string;
  kind: string;
  name: string;
  officialTitle: string | null;
  description: string | null;
  aliases: string[] | null;
  aliasLanguages: string[] | null;
  jurisdiction: string | null;
  announced: string | null;
  inForce: string | null;
  amended: string | null;
  ended: string | null;
  endKind: string | null;
  confidence: string;
  dataset: string | null;
  citations: CitationRef[];
}

/** A link of an instrument (ISSUED, TARGETS, AMENDS…), between ids of the same document. */
export interface PolicyLinkEdgeRow {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  toPillar: boolean;
  effect: string | null;
  validFrom: string | null;
  validFromKind: string | null;
  validTo: string | null;
  role: string | null;
  reason: string | null;
  confidence: string | null;
  citations: CitationRef[];
}

/** A pillar of a plan that an instrument's link names. */
export interface PillarNodeRow {
  id: string;
  plan: string;
  position: number;
  name: string;
}

/**
 * The selected graph: actors, the relations among them, the policy instruments with their links and the pillars
 * those name, and the sources they cite; each list sorted by id.
 */
export interface GraphData {
  nodes: ActorRow[];
  edges: EdgeRow[];
  policies: PolicyNodeRow[];
  policyLinks: PolicyLinkEdgeRow[];
  pillars: PillarNodeRow[];
  sources: SourceRow[];
}

/** Reads the graph for the exports. Each method is one query. */
export class GraphExportService {
  constructor(private readonly executor: Executor) {}

  async graph(selection: GraphSelection): Promise<GraphData> {
    const [row] = await this.executor.run<GraphData>("READ", graphQuery, {
      dataset: selection.dataset,
      kinds: selection.kinds,
      types: selection.types,
      asOf: selection.asOf,
      policyStartTypes,
    });
    return row ?? { nodes: [], edges: [], policies: [], policyLinks: [], pillars: [], sources: [] };
  }

  /** The selected part of the graph as seed files, which seed to the same graph (see seedFiles). */
  seedFiles(selection: GraphSelection): Promise<SeedFile[]> {
    return seedFiles(this.executor, selection);
  }
}
