import { NotFoundError } from "../errors/app-errors";
import type { Loaders } from "../graphql/loaders";
import type { Actor } from "./actor.type";

/**
 * The actors a filter names, by its fields ({funder: "microsoft"}), each checked with requireActor, as the ids to
 * query with: an id merged away becomes the id of the actor it was merged into. Fields left out stay out.
 */
export async function canonicalIds<K extends string>(
  loaders: Loaders,
  ids: Partial<Record<K, string | null | undefined>>,
  fieldPrefix = "",
): Promise<Partial<Record<K, string>>> {
  const entries = Object.entries(ids).filter((entry): entry is [K, string] => typeof entry[1] === "string");
  const actors = await Promise.all(entries.map(([field, id]) => requireActor(loaders, id, `${fieldPrefix}${field}`)));
  return Object.fromEntries(entries.map(([field], i) => [field, actors[i]!.id])) as Partial<Record<K, string>>;
}

/**
 * The actor a question is about, or NOT_FOUND naming the argument that carried its id. Goes through the
 * request's loader, so the actor is read once and later `from`/`to` fields of the answer reuse it.
 */
export async function requireActor(loaders: Loaders, id: string, field: string): Promise<Actor> {
  const actor = await loaders.actor.load(id);
  if (!actor) throw actorNotFound(id, field);
  return actor;
}

/** The NOT_FOUND of an actor id a user gave in the argument `field` that no actor has. */
export function actorNotFound(id: string, field: string): NotFoundError {
  return new NotFoundError(`No actor has the id "${id}" (${field}). Search for it with search(text: …) to find its id.`, field, id);
}
