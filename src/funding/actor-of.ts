import type { Actor } from "../actor/actor.type";
import type { Loaders } from "../graphql/loaders";

/**
 * An actor a query just returned by id, through the request's loader. The query read it from the graph in the
 * same request, so a miss is a bug (or a concurrent delete), not a user error.
 */
export async function actorOf(loaders: Loaders, id: string): Promise<Actor> {
  const actor = await loaders.actor.load(id);
  if (!actor) throw new Error(`Actor ${id}, which a funding query returned, does not exist.`);
  return actor;
}
