import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, parse, visit, type ASTNode } from "graphql";
import { InvalidScalarValueError } from "./app-errors";

/**
 * The argument, as a dotted path ("asOf", "filter.from"), whose value is `valueNode` in the operation the node
 * was parsed from; null when the node is not inside an argument. GraphQL reports a bad literal by its value
 * node only, so this is how such an error names the argument the client must fix.
 */
export function argumentPathOf(valueNode: ASTNode): string | null {
  const loc = valueNode.loc;
  if (!loc) return null;
  const names: string[] = [];
  let found: string | null = null;
  visit(parse(loc.source), {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    enter(node) {
      if (
        found === null &&
        node.loc?.start === loc.start &&
        node.loc.end === loc.end &&
        names.length > 0 &&
        node.kind !== "Argument" &&
        node.kind !== "ObjectField"
      ) {
        found = names.join(".");
      }
    },
  });
  return found;
}

/**
 * Names the argument of a literal that one of our scalars refused during validation ("2023-13-01" given as a
 * Date): sets `extensions.field` while the error still holds its AST node, which Apollo drops afterwards.
 * formatError then reports it as BAD_USER_INPUT with that field.
 */
export const argumentPathPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async validationDidStart() {
        return async (errors) => {
          for (const error of errors ?? []) {
            if (!(error instanceof GraphQLError) || !(error.originalError instanceof InvalidScalarValueError)) continue;
            const node = error.nodes?.[0];
            if (!node) continue;
            const field = argumentPathOf(node);
            if (field) (error.extensions as Record<string, unknown>).field = field;
          }
        };
      },
    };
  },
};
