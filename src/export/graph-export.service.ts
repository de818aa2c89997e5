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

/** The selected graph: actors, the relations among them, and the sources they cite; each list sorted by id. */
export interface GraphData {
  nodes: ActorRow[];
  edges: EdgeRow[];
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
    });
    return row ?? { nodes: [], edges: [], sources: [] };
  }

  /** The selected part of the graph as seed files, which seed to the same graph (see seedFiles). */
  seedFiles(selection: GraphSelection): Promise<SeedFile[]> {
    return seedFiles(this.executor, selection);
  }
}
