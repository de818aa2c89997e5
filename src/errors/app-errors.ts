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
  constructor(message: string, readonly field: string) {
    super(message, ErrorCode.BAD_USER_INPUT, { field });
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, readonly id?: string) {
    super(message, ErrorCode.NOT_FOUND, id === undefined ? {} : { id });
  }
}

/** Neo4j cannot be reached, or gave up on the transaction; retrying later may succeed. */
export class DatabaseUnavailableError extends AppError {
  constructor(message: string, cause?: unknown) {
    super(message, ErrorCode.DATABASE_UNAVAILABLE, {}, cause);
  }
}
