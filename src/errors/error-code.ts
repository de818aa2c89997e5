/** The one vocabulary of error codes a client sees in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  /** Too many requests from one client (API key or IP address); HTTP 429 with Retry-After. */
  RATE_LIMITED = "RATE_LIMITED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}
