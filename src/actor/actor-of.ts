import type { Loaders } from "../graphql/loaders";
import type { Actor } from "./actor.type";

/**
 * An actor that a record the request already read names by id (a relation's end, a plan's author, an event's
 * participant), through the request's loader. The graph holds the record, so a miss is a bug (or a concurrent
 * delete), not a user error: `what` says which record named it, for the log. Compare requireActor, for ids a user gave.
 */
export async function actorOf(loaders: Loaders, id: string, what = "a record"): Promise<Actor> {
  const actor = await loaders.actor.load(id);
  if (!actor) throw new Error(`${what} names actor ${id}, which does not exist.`);
  return actor;
}
