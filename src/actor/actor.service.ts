import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { PageWindow } from "../graphql/pagination";
import { actorFromProperties, type ActorProperties } from "./actor-properties";
import type { Actor } from "./actor.type";
import { exactNameKey, luceneQueryOf } from "./lucene-query";

const actorsByIds = cypher("actor/actors-by-ids");
const findActors = cypher("actor/find-actors");

/** Conditions on actors; null or undefined keeps all. Values are stored values ("state", "authoritarian"). */
export interface ActorConditions {
  kinds?: readonly string[] | null;
  countries?: readonly string[] | null;
  regimes?: readonly string[] | null;
  /** Words of a name or alias, as a user typed them. */
  text?: string | null;
}

export interface FoundActors {
  total: number;
  page: { actor: Actor; score: number | null }[];
}

/** Reads actors from Neo4j. */
export class ActorService {
  constructor(private readonly executor: Executor) {}

  /** The actors with these ids, in the order asked; null where no actor has the id. One query for all. */
  async findByIds(ids: readonly string[]): Promise<(Actor | null)[]> {
    const rows = await this.executor.run<{ id: string; actor: ActorProperties }>("READ", actorsByIds, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.id, actorFromProperties(r.actor)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One window of the actors meeting the conditions, by name or by search score, and how many meet them. */
  async find(conditions: ActorConditions, order: "name" | "score", window: PageWindow): Promise<FoundActors> {
    // A search ranks actors by how many words they match; a listing by name keeps only those that match them all.
    const lucene = conditions.text ? luceneQueryOf(conditions.text, order === "score" ? "rank" : "all") : null;
    const [row] = await this.executor.run<{ total: number; page: { actor: ActorProperties; score: number | null }[] }>("READ", findActors, {
      lucene,
      key: conditions.text ? exactNameKey(conditions.text) : null,
      kinds: conditions.kinds ?? null,
      countries: conditions.countries ?? null,
      regimes: conditions.regimes ?? null,
      rankByScore: order === "score",
      ...window,
    });
    if (!row) return { total: 0, page: [] };
    return { total: row.total, page: row.page.map(({ actor, score }) => ({ actor: actorFromProperties(actor), score })) };
  }
}
