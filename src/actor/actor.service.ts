import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { Actor } from "./actor.type";

const actorsByIds = cypher("actor/actors-by-ids");

/** Reads actors from Neo4j. */
export class ActorService {
  constructor(private readonly executor: Executor) {}

  /** The actors with these ids, in the order asked; null where no actor has the id. One query for all. */
  async findByIds(ids: readonly string[]): Promise<(Actor | null)[]> {
    const rows = await this.executor.run<{ actor: Actor }>("READ", actorsByIds, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.actor.id, r.actor]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
