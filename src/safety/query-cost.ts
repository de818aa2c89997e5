import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values";
import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "../errors/error-code";
import { LIMITS } from "../graphql/limits";

/** The cost limits of one operation. Each is checked before anything runs against Neo4j. */
export interface CostLimits {
  /** Deepest nesting of fields (`{ actor { id } }` is 2). Introspection fields (`__schema`…) are not counted. */
  maxDepth: number;
  /** Highest estimated cost (see `measureOperation`). */
  maxComplexity: number;
  /** Most aliased fields in one operation (`a: actor(…) b: actor(…)` is 2). */
  maxAliases: number;
}

/** What an operation would cost, as `measureOperation` estimates it. */
export interface OperationCost {
  depth: number;
  complexity: number;
  aliases: number;
}

/**
 * Estimates an operation's cost without running it. Each field costs 1; a field that takes `first` multiplies
 * the cost of what it selects by `first` (its argument, or its default, 20; at most 100), because its children are read
 * once per item. Fragments are expanded where they are spread, so a fragment spread 50 times costs 50 times.
 * Fields of `__schema`/`__type` (introspection) cost nothing: introspection is switched off in production.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let aliases = 0;
  // `seen` guards against fragment cycles (validation refuses them, but this runs on what it is given).
  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    level: number,
    seen: ReadonlySet<string>,
  ): { depth: number; complexity: number } => {
    let depth = level;
    let complexity = 0;
    const add = (part: { depth: number; complexity: number }) => {
      depth = Math.max(depth, part.depth);
      complexity += part.complexity;
    };
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          if (selection.alias) aliases += 1;
          if (selection.name.value.startsWith("__")) break;
          const field = fieldOf(parent, selection.name.value);
          if (!field) break;
          const type = getNamedType(field.type);
          const children =
            selection.selectionSet && isCompositeType(type)
              ? walk(selection.selectionSet, type, level + 1, seen)
              : { depth: level + 1, complexity: 0 };
          add({ depth: children.depth, complexity: 1 + multiplier(field, selection, variables) * children.complexity });
          break;
        }
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          add(walk(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent, level, seen));
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) break;
          const condition = schema.getType(fragment.typeCondition.name.value);
          add(walk(fragment.selectionSet, condition && isCompositeType(condition) ? condition : parent, level, new Set([...seen, name])));
          break;
        }
      }
    }
    return { depth, complexity };
  };
  const root =
    operation.operation === "mutation"
      ? schema.getMutationType()
      : operation.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { depth: 0, complexity: 0, aliases: 0 };
  const { depth, complexity } = walk(operation.selectionSet, root, 0, new Set());
  return { depth, complexity, aliases };
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * How many times a field's children are read: its `first` (given or default), else once. A `first` over the
 * page cap counts as the cap: argument validation then refuses it with an error naming `first`, which says more
 * than a cost estimate would.
 */
function multiplier(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  variables: Record<string, unknown>,
): number {
  if (!field.args.some((arg) => arg.name === "first")) return 1;
  try {
    const first = getArgumentValues(field, node, variables).first;
    return typeof first === "number" && first > 0 ? Math.min(first, LIMITS.maxPage) : 1;
  } catch {
    // An argument that does not coerce is refused by execution with a clear error; count it once here.
    return 1;
  }
}

/** The error for an operation over a limit: BAD_USER_INPUT (HTTP 400) stating the limit and the operation's value. */
export class CostLimitError extends GraphQLError {
  constructor(
    message: string,
    readonly limitName: keyof CostLimits,
    limit: number,
    actual: number,
  ) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, limitName, limit, actual, http: { status: 400 } } });
  }
}

/** Refuses an operation over one of `limits`, after it parsed and validated and before it runs. */
export function costLimitsPlugin<Context extends object>(limits: CostLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = measureOperation(schema, document, operation, request.variables ?? {});
          if (cost.depth > limits.maxDepth) {
            throw new CostLimitError(
              `The query is ${cost.depth} levels deep; the limit is ${limits.maxDepth}. Split it into several queries.`,
              "maxDepth",
              limits.maxDepth,
              cost.depth,
            );
          }
          if (cost.aliases > limits.maxAliases) {
            throw new CostLimitError(
              `The query has ${cost.aliases} aliased fields; the limit is ${limits.maxAliases}. Split it into several queries.`,
              "maxAliases",
              limits.maxAliases,
              cost.aliases,
            );
          }
          if (cost.complexity > limits.maxComplexity) {
            throw new CostLimitError(
              `The query's estimated cost is ${cost.complexity}; the limit is ${limits.maxComplexity}. Ask for smaller pages (first) or fewer nested lists.`,
              "maxComplexity",
              limits.maxComplexity,
              cost.complexity,
            );
          }
        },
      };
    },
  };
}
