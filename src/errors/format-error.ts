import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { AppError } from "./app-errors";
import { ErrorCode } from "./error-code";
import { translateNeo4jError } from "./translate-neo4j-error";

/**
 * Apollo's formatError: what a client may see of an error.
 * - Our own errors and GraphQL's request errors (parse, validation) keep their message and code.
 * - Argument validation failures become BAD_USER_INPUT with `field` and one sentence per broken rule.
 * - Anything else is masked as INTERNAL_SERVER_ERROR; stack traces only in development.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, development: boolean): GraphQLFormattedError {
  const original = translateNeo4jError(unwrapResolverError(error));
  if (original instanceof ArgumentValidationError) {
    const problems = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]);
    return {
      ...formatted,
      message: problems.map((p) => p.message).join("; "),
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: problems[0]?.field, fields: problems.map((p) => p.field) },
    };
  }
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: { ...original.extensions } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(development ? { stacktrace: formatted.extensions?.stacktrace } : {}) },
  };
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** class-validator nests errors of nested inputs; flatten them to dotted paths ("filter.minAmountUsd"). */
export function flattenValidationErrors(errors: readonly ValidationError[], prefix = ""): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((constraint) => ({ field, message: constraint.replace(e.property, field) }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}
