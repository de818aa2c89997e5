import type { PageWindow } from "../graphql/pagination";
import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { Change } from "./change.type";

const historyQuery = cypher("curation/history");

/** Reads the audit trail. */
export class HistoryService {
  constructor(private readonly executor: Executor) {}

  /** One window of the changes about an entity, newest first, and how many there are. */
  async history(entity: string, window: PageWindow): Promise<{ total: number; changes: Change[] }> {
    const [row] = await this.executor.run<{ total: number; changes: Change[] }>("READ", historyQuery, { entity, ...window });
    return row ?? { total: 0, changes: [] };
  }
}
