import { NotFoundError } from "../errors/app-errors";
import type { Loaders } from "../graphql/loaders";
import type { Actor } from "./actor.type";

/**
 * The actor a question is about, or NOT_FOUND naming the argument that carried its id. Goes through the
 * request's loader, so the actor is read once and later `from`/`to` fields of the answer reuse it.
 */
export async function requireActor(loaders: Loaders, id: string, field: string): Promise<Actor> {
  const actor = await loaders.actor.load(id);
  if (!actor) throw new NotFoundError(`No actor has the id "${id}" (${field}). Search for it with search(text: …) to find its id.`, field, id);
  return actor;
}
