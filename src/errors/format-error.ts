import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { AppError, InvalidScalarValueError } from "./app-errors";
import { ErrorCode } from "./error-code";
import { translateNeo4jError } from "./translate-neo4j-error";

/**
 * Apollo's formatError: what a client may see of an error.
 * - Our own errors and GraphQL's request errors (parse, validation) keep their message and code.
 * - Argument validation failures become BAD_USER_INPUT with `field` and one sentence per broken rule.
 * - A literal a scalar refused ("2023-13-01" as a Date) becomes BAD_USER_INPUT naming the argument.
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
  const literal = refusedLiteral(error);
  if (literal) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT, field: literal.field } };
  if (original instanceof AppError) {
    // `http` sets the response status (401, 403) for Apollo; it is not for the client.
    const { http: _http, ...extensions } = original.extensions;
    return { ...formatted, message: original.message, extensions };
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

/** A value one of our scalars refused, in a literal of the document or in a variable. */
function refusedLiteral(error: unknown): { field: string | undefined } | null {
  if (!(error instanceof GraphQLError) || !(error.originalError instanceof InvalidScalarValueError)) return null;
  // argumentPathPlugin has put the argument's path in the error's extensions while the document was at hand;
  // a refused variable is named by graphql-js's message ('Variable "$day" got invalid value …').
  const field = error.extensions.field;
  return { field: typeof field === "string" ? field : undefined };
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
