"""ai-policy-graph from Python: GraphQL over HTTP with typed errors, Relay pages followed, answers as pandas
DataFrames and networkx graphs.

    from ai_policy_graph import Client
    client = Client()                          # APG_URL (default http://localhost:4000) and APG_KEY
    print(client.funders("openai"))            # OpenAI's funders, one row each

See Client for every question it answers, and errors for what it raises.
"""

from .client import DEFAULT_URL, PAGE_SIZE, Client
from .errors import (
    ApgError,
    BadUserInputError,
    DatabaseUnavailableError,
    ForbiddenError,
    GraphQLError,
    InternalServerError,
    NotFoundError,
    RateLimitedError,
    TransportError,
    UnauthenticatedError,
)
from .graph import GRAPH_FORMAT, to_networkx

__all__ = [
    "DEFAULT_URL",
    "GRAPH_FORMAT",
    "PAGE_SIZE",
    "ApgError",
    "BadUserInputError",
    "Client",
    "DatabaseUnavailableError",
    "ForbiddenError",
    "GraphQLError",
    "InternalServerError",
    "NotFoundError",
    "RateLimitedError",
    "TransportError",
    "UnauthenticatedError",
    "to_networkx",
]
