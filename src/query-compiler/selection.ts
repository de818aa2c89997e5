import { validateSync } from "class-validator";
import {
  getArgumentValues,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import { collectSubfields } from "graphql/execution/collectFields";
import { pageWindow } from "../graphql/pagination";

/** What walking a selection needs from the request: the schema, the operation's fragments and its variables. */
export interface SelectionContext {
  readonly schema: GraphQLSchema;
  readonly fragments: Record<string, FragmentDefinitionNode>;
  readonly variables: Record<string, unknown>;
}

export function selectionContext(info: GraphQLResolveInfo): SelectionContext {
  return { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
}

/**
 * The fields selected below `nodes` (one field, maybe asked in several places that GraphQL merges), by response
 * key, as graphql-js executes them: through fragments and inline fragments, with @include and @skip decided by
 * the request's variables.
 */
export function subfields(
  context: SelectionContext,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
): Map<string, readonly FieldNode[]> {
  return collectSubfields(context.schema, context.fragments, context.variables, type, nodes);
}

/** An object type of the schema by name; the compiler only names types the code declares. */
export function objectType(context: SelectionContext, name: string): GraphQLObjectType {
  const type = context.schema.getType(name);
  if (!isObjectType(type)) throw new Error(`The schema has no object type ${name}.`);
  return type;
}

/**
 * The arguments of the field `nodes` on `parent`, as an instance of the args class type-graphql gives its
 * resolver, or null when they would not pass its class-validator checks or the cursor check of pageWindow. Then
 * the compiler leaves the field to its resolver, which reports the bad argument exactly as it always has.
 */
export function argumentsOf<T extends object>(
  context: SelectionContext,
  parent: GraphQLObjectType,
  nodes: readonly FieldNode[],
  ArgsClass: new () => T,
): T | null {
  const definition = parent.getFields()[nodes[0]!.name.value];
  if (!definition) return null;
  try {
    const args = Object.assign(new ArgsClass(), getArgumentValues(definition, nodes[0]!, context.variables));
    if (validateSync(args, { forbidUnknownValues: false }).length > 0) return null;
    if ("first" in args) pageWindow(args as unknown as { first: number; after?: string | null });
    return args;
  } catch {
    return null;
  }
}
