import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { Actor } from "./actor.type";

const actorById = cypher("actor/actor-by-id");

/** Reads actors from Neo4j. */
export class ActorService {
  constructor(private readonly executor: Executor) {}

  async findById(id: string): Promise<Actor | null> {
    const rows = await this.executor.run<{ actor: Actor }>("READ", actorById, { id });
    return rows[0]?.actor ?? null;
  }
}
