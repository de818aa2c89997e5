import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

/** Base of every error the API raises on purpose; its code and extensions reach the client. */
export abstract class AppError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}, cause?: unknown) {
    super(message, { extensions: { ...extensions, code }, originalError: cause instanceof Error ? cause : undefined });
  }
}

/** An argument or input the client can fix. `field` names it, as a dotted path ("filter.minAmountUsd"). */
export class BadUserInputError extends AppError {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message, ErrorCode.BAD_USER_INPUT, { field });
  }
}

/**
 * A question about something the graph does not hold: `funders(of: "nobody")`. `field` names the argument
 * that carried the id. Lookups by id (`actor`, `plan`, `source`) answer null instead: "is it there?" is their
 * question, and null is its answer.
 */
export class NotFoundError extends AppError {
  constructor(
    message: string,
    readonly field: string,
    readonly id: string,
  ) {
    super(message, ErrorCode.NOT_FOUND, { field, id });
  }
}

/** Neo4j cannot be reached, or gave up on the transaction; retrying later may succeed. */
export class DatabaseUnavailableError extends AppError {
  constructor(message: string, cause?: unknown) {
    super(message, ErrorCode.DATABASE_UNAVAILABLE, {}, cause);
  }
}

/**
 * Thrown by a scalar that refuses a value ("2023-13-01" as a Date). Deliberately not a GraphQLError: graphql-js
 * then wraps it with the offending AST node, from which argumentPathPlugin names the argument; formatError turns
 * it into BAD_USER_INPUT.
 */
export class InvalidScalarValueError extends TypeError {}

/** The operation needs an API key and none (or an unknown one) came with the request. */
export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super(message, ErrorCode.UNAUTHENTICATED, { http: { status: 401 } });
  }
}

/** The caller's key is known, but its role does not allow the operation. `required` names the role it needs. */
export class ForbiddenError extends AppError {
  constructor(
    message: string,
    readonly required: string,
  ) {
    super(message, ErrorCode.FORBIDDEN, { required, http: { status: 403 } });
  }
}
