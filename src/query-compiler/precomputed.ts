import type { GraphQLResolveInfo } from "graphql";

/**
 * Where a compiled statement's answer waits for the field resolvers: an object the compiler returns (an actor, a
 * relation) holds, under this symbol, the value of each field it answered, by response key (the alias, else the
 * field's name). The resolver of such a field returns that value without a query; a field the compiler did not
 * answer is absent and resolves as before, through the loaders. A symbol, so no GraphQL field can collide with it.
 */
const PRECOMPUTED = Symbol("precomputed");

type Holder = { [PRECOMPUTED]?: Map<string, unknown> };

/** The value the compiler put on `parent` for the field being resolved, or undefined when it put none. */
export function precomputed<T>(parent: object, info: Pick<GraphQLResolveInfo, "path">): T | undefined {
  return (parent as Holder)[PRECOMPUTED]?.get(info.path.key as string) as T | undefined;
}

/** Stores the values of `parent`'s fields by response key; returns `parent`. */
export function withPrecomputed<T extends object>(parent: T, values: Map<string, unknown>): T {
  if (values.size > 0) (parent as Holder)[PRECOMPUTED] = values;
  return parent;
}
