import { Neo4jError } from "neo4j-driver";
import { AppError, BadUserInputError, DatabaseUnavailableError } from "./app-errors";

/**
 * The one place where Neo4j's error codes become the API's. Errors that are not Neo4j's pass through
 * unchanged, so an unknown one is masked later as INTERNAL_SERVER_ERROR.
 */
export function translateNeo4jError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError") {
    return new DatabaseUnavailableError(
      "The transaction needs more memory than Neo4j allows (dbms.memory.transaction.total.max, 70 % of its heap by default). Give Neo4j more heap (NEO4J_LOCAL_HEAP for the local one) or send less at once.",
      error,
    );
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired" || code.startsWith("Neo.TransientError.")) {
    return new DatabaseUnavailableError(
      "The database is unavailable. Retry shortly; if it persists, check that Neo4j is running and NEO4J_URI points at it.",
      error,
    );
  }
  if (
    code === "Neo.ClientError.Transaction.TransactionTimedOut" ||
    code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
  ) {
    return new DatabaseUnavailableError(
      "The query took longer than the transaction timeout. Narrow it (smaller depth or first) and retry.",
      error,
    );
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new BadUserInputError("The change conflicts with an existing record (a unique key is already taken).", "id");
  }
  return error;
}
