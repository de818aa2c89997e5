"""The errors a client raises: one class per `extensions.code` of the server's error vocabulary, and one for a
server that cannot be reached or answers something that is not GraphQL.

    from ai_policy_graph import BadUserInputError, Client
    try:
        Client().fundings(from_date="2024-13-01")
    except BadUserInputError as error:
        print(error.field)            # "from": the argument the server names
"""

from __future__ import annotations

from typing import Any


class ApgError(Exception):
    """Every error this package raises."""


class TransportError(ApgError):
    """The server could not be reached, did not answer in time, or answered something other than a GraphQL
    body (a proxy's error page, say). `status` is the HTTP status when an answer came, else None.

    >>> TransportError("Connection refused", None).status is None
    True
    """

    def __init__(self, message: str, status: int | None) -> None:
        super().__init__(message)
        self.status = status


class GraphQLError(ApgError):
    """The server answered with errors. `code` is the first error's `extensions.code`, `field` the argument it
    names (for BAD_USER_INPUT), `errors` the whole list as the server sent it, `status` the HTTP status.
    A code this package does not know (a newer server's) is raised as GraphQLError itself.

    >>> error = GraphQLError([{"message": "first must be 1 to 100", "extensions": {"code": "BAD_USER_INPUT", "field": "first"}}], 200)
    >>> (error.code, error.field)
    ('BAD_USER_INPUT', 'first')
    """

    def __init__(self, errors: list[dict[str, Any]], status: int) -> None:
        self.errors = errors
        self.status = status
        first = errors[0] if errors else {}
        extensions = first.get("extensions") or {}
        self.code: str | None = extensions.get("code")
        self.field: str | None = extensions.get("field")
        self.extensions: dict[str, Any] = extensions
        super().__init__("; ".join(_describe(e) for e in errors) or f"HTTP {status} with an empty error list")


class BadUserInputError(GraphQLError):
    """BAD_USER_INPUT: an argument is malformed or past a limit; `field` names it."""


class NotFoundError(GraphQLError):
    """NOT_FOUND: the question names an actor (or round, policy, export) the graph lacks."""


class UnauthenticatedError(GraphQLError):
    """UNAUTHENTICATED: the server needs a key (READS_REQUIRE_KEY=true, or a mutation) or the key sent is not valid.
    Pass `key=` to Client, or set APG_KEY."""


class ForbiddenError(GraphQLError):
    """FORBIDDEN: the key is valid but its role is too small for the operation."""


class DatabaseUnavailableError(GraphQLError):
    """DATABASE_UNAVAILABLE: the server's Neo4j is down or too slow. Retry later."""


class RateLimitedError(GraphQLError):
    """RATE_LIMITED: too many requests from this client; `retry_after` is the seconds the server asks to wait."""

    @property
    def retry_after(self) -> int | None:
        value = self.extensions.get("retryAfterSeconds")
        return int(value) if value is not None else None


class InternalServerError(GraphQLError):
    """INTERNAL_SERVER_ERROR: the server failed; its log has the details."""


ERRORS_BY_CODE: dict[str, type[GraphQLError]] = {
    "BAD_USER_INPUT": BadUserInputError,
    "NOT_FOUND": NotFoundError,
    "UNAUTHENTICATED": UnauthenticatedError,
    "FORBIDDEN": ForbiddenError,
    "DATABASE_UNAVAILABLE": DatabaseUnavailableError,
    "RATE_LIMITED": RateLimitedError,
    "INTERNAL_SERVER_ERROR": InternalServerError,
}
"""The class raised for each `extensions.code` of the server (src/errors/error-code.ts)."""


def error_for(errors: list[dict[str, Any]], status: int) -> GraphQLError:
    """The typed error for a list of GraphQL errors, chosen by the first error's code.

    >>> type(error_for([{"message": "No actor has id x", "extensions": {"code": "NOT_FOUND"}}], 404)).__name__
    'NotFoundError'
    """
    code = ((errors[0] if errors else {}).get("extensions") or {}).get("code")
    return ERRORS_BY_CODE.get(code or "", GraphQLError)(errors, status)


def _describe(error: dict[str, Any]) -> str:
    extensions = error.get("extensions") or {}
    where = f" on {extensions['field']}" if extensions.get("field") else ""
    return f"{error.get('message')} ({extensions.get('code')}{where})"
