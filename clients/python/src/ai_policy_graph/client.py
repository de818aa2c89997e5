"""The client: one server, its URL and key, GraphQL over HTTP, and each question as a DataFrame or a graph."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

import networkx as nx
import pandas as pd
import requests

from . import frames, queries
from .errors import NotFoundError, TransportError, error_for
from .graph import to_networkx

DEFAULT_URL = "http://localhost:4000"
"""Where `npm start` listens."""

PAGE_SIZE = 100
"""Items per page when following a connection: the API's largest `first`."""


class Client:
    """A connection to one ai-policy-graph server.

    `url` is the server's base URL (GraphQL at url + "/graphql", exports under url + "/export"); default: the
    APG_URL environment variable, else http://localhost:4000. A URL ending in /graphql is taken too.
    `key` is an API key, sent as `Authorization: Bearer <key>` on every request; default: APG_KEY, else none
    (reads are public unless the server sets READS_REQUIRE_KEY=true). `timeout` is the seconds to wait for one
    answer (default 60).

    >>> from ai_policy_graph import Client
    >>> client = Client()                                              # APG_URL, APG_KEY
    >>> client = Client("http://127.0.0.1:4000", key="apg_…")          # or given here
    >>> client.funders("openai")[["name", "depth"]].head(3)            # doctest: +SKIP
    """

    def __init__(self, url: str | None = None, key: str | None = None, timeout: float = 60) -> None:
        base = url or os.environ.get("APG_URL") or DEFAULT_URL
        self.url: str = base.rstrip("/").removesuffix("/graphql")
        """The server's base URL, without a trailing slash."""
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["accept"] = "application/json"
        resolved_key = key if key is not None else os.environ.get("APG_KEY")
        if resolved_key:
            self._session.headers["authorization"] = f"Bearer {resolved_key}"

    def __repr__(self) -> str:
        keyed = ", with a key" if "authorization" in self._session.headers else ""
        return f"Client({self.url!r}{keyed})"

    # --- GraphQL and the exports over HTTP ---------------------------------------------------------------------

    def query(self, text: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Runs one GraphQL operation and returns its `data`.

        Raises the error class of the server's `extensions.code` (BadUserInputError naming the argument in
        `.field`, NotFoundError, UnauthenticatedError, ForbiddenError, DatabaseUnavailableError, RateLimitedError,
        InternalServerError; GraphQLError for another code) and TransportError when no GraphQL answer came.

        >>> Client().query('query ($id: ID!) { actor(id: $id) { name } }', {"id": "openai"})   # doctest: +SKIP
        {'actor': {'name': 'OpenAI'}}
        """
        body = self._send("POST", "/graphql", json={"query": text, "variables": variables or {}})
        return body["data"]  # type: ignore[no-any-return]

    def nodes(
        self, text: str, path: str, variables: dict[str, Any] | None = None, page_size: int = PAGE_SIZE
    ) -> Iterator[dict[str, Any]]:
        """Every node of a Relay connection, page after page, until `hasNextPage` is false. `text` declares
        `$first: Int!` and `$after: String` and passes them to the connection at `path` (field names joined by
        dots, e.g. "actor.relations"), which asks for `pageInfo { hasNextPage endCursor }` and
        `edges { node { ... } }`. Pages are fetched as the iteration reaches them.

        >>> text = '''query ($first: Int!, $after: String) {
        ...   actors(filter: { kind: [STATE] }, first: $first, after: $after) {
        ...     pageInfo { hasNextPage endCursor } edges { node { id name } } } }'''
        >>> states = [node["name"] for node in Client().nodes(text, "actors")]   # doctest: +SKIP
        """
        after: str | None = None
        while True:
            connection: Any = self.query(text, {**(variables or {}), "first": page_size, "after": after})
            for name in path.split("."):
                connection = connection[name]
                if connection is None:
                    # A lookup such as actor(id:) answers null for an unknown id rather than an error.
                    missing = f"The answer has no {path}: {name} is null, so the id asked for is unknown."
                    raise NotFoundError([{"message": missing, "extensions": {"code": "NOT_FOUND"}}], 200)
            for edge in connection["edges"]:
                yield edge["node"]
            if not connection["pageInfo"]["hasNextPage"]:
                return
            after = connection["pageInfo"]["endCursor"]

    def graph_json(
        self,
        as_of: str | None = None,
        kind: Sequence[str] | None = None,
        type: Sequence[str] | None = None,
        dataset: str | None = None,
    ) -> dict[str, Any]:
        """The graph export, /export/graph.json (format ai-policy-graph/graph@1, described in docs/EXPORTS.md):
        nodes, edges, policies and sources, with the relations valid on `as_of` (YYYY-MM-DD), narrowed to actor
        kinds (["STATE", "INVESTOR"]), relation types (["FUNDS", "OWNS"]) and a dataset ("seeds").

        >>> doc = Client().graph_json(as_of="2025-01-01", type=["FUNDS"])   # doctest: +SKIP
        >>> doc["counts"]["edges"]                                          # doctest: +SKIP
        412
        """
        params = {
            "asOf": as_of,
            "kind": ",".join(kind) if kind else None,
            "type": ",".join(type) if type else None,
            "dataset": dataset,
        }
        return self._send("GET", "/export/graph.json", params={k: v for k, v in params.items() if v})

    # --- DataFrames --------------------------------------------------------------------------------------------

    def fundings(
        self,
        funder: str | None = None,
        recipient: str | None = None,
        min_amount_usd: float | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        instrument: Sequence[str] | None = None,
        amount_kind: Sequence[str] | None = None,
        confidence: Sequence[str] | None = None,
        funding_round: str | None = None,
        as_of: str | None = None,
    ) -> pd.DataFrame:
        """Who funds whom: one row per funding the `fundings` query lists for this filter, newest first
        (columns: frames.FUNDING_COLUMNS). Amounts are floats (NaN when the sources give no figure); dates are as
        precise as the sources ("2023", "2023-11", "2023-11-20"), with `year` as a number; `sources` lists the
        sources' URLs. Days are YYYY-MM-DD; instrument, amount_kind and confidence take the API's values
        (["EQUITY"], ["PAID"], ["CONFIRMED"]).

        >>> Client().fundings(recipient="openai", min_amount_usd=1e9)[["date", "funder", "amount_usd"]]   # doctest: +SKIP
        """
        given = {
            "funder": funder,
            "recipient": recipient,
            "minAmountUsd": min_amount_usd,
            "from": from_date,
            "to": to_date,
            "instrument": instrument,
            "amountKind": amount_kind,
            "confidence": confidence,
            "fundingRound": funding_round,
        }
        variables = {"filter": {k: v for k, v in given.items() if v is not None}, "asOf": as_of}
        return frames.fundings_frame(self.nodes(queries.FUNDINGS, "fundings", variables))

    def funders(
        self, of: str, depth: int = 1, as_of: str | None = None, via: Sequence[str] = ("FUNDS", "OWNS")
    ) -> pd.DataFrame:
        """Who put money into `of`, directly (depth 1) or through other actors (up to depth 3), over FUNDS and
        OWNS: one row per funder, nearest first, with its shortest chain (columns: frames.LINK_COLUMNS).

        >>> Client().funders("openai", depth=2)[["name", "depth", "path"]]   # doctest: +SKIP
        """
        variables = {"of": of, "depth": depth, "via": list(via), "asOf": as_of}
        return frames.links_frame(of, self.nodes(queries.FUNDERS, "links", variables))

    def investees(
        self, of: str, depth: int = 1, as_of: str | None = None, via: Sequence[str] = ("FUNDS", "OWNS")
    ) -> pd.DataFrame:
        """Where the money of `of` went, directly (depth 1) or through other actors (up to depth 3), over FUNDS
        and OWNS: one row per investee, nearest first, with its shortest chain (columns: frames.LINK_COLUMNS).

        >>> Client().investees("pif", depth=2)[["name", "depth", "path"]]   # doctest: +SKIP
        """
        variables = {"of": of, "depth": depth, "via": list(via), "asOf": as_of}
        return frames.links_frame(of, self.nodes(queries.INVESTEES, "links", variables))

    def relations(
        self,
        actor: str,
        type: Sequence[str] | None = None,
        direction: str = "BOTH",
        as_of: str | None = None,
    ) -> pd.DataFrame:
        """An actor's relations of every type (or of `type`, e.g. ["BOARD_MEMBER_OF"]), INCOMING, OUTGOING or
        BOTH, valid on `as_of` when given: one row per relation (columns: frames.RELATION_COLUMNS).
        NotFoundError when no actor has the id.

        >>> Client().relations("sam-altman", type=["LEADS", "BOARD_MEMBER_OF"])[["type", "to", "role"]]   # doctest: +SKIP
        """
        variables = {"id": actor, "type": list(type) if type else None, "direction": direction, "asOf": as_of}
        return frames.relations_frame(self.nodes(queries.RELATIONS, "actor.relations", variables))

    def timeline(
        self,
        actor: str,
        from_: str | None = None,
        to: str | None = None,
        kind: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """The dated facts that touch an actor, oldest first: relations that began or ended, statements, events
        and the policy instruments that target it, one row each (columns: frames.TIMELINE_COLUMNS), between the
        days `from_` and `to` when given, of the entry kinds `kind` (["STATEMENT"]) when given.

        >>> Client().timeline("openai", from_="2023-11-01", to="2023-11-30")[["date", "kind", "what"]]   # doctest: +SKIP
        """
        variables = {"actor": actor, "from": from_, "to": to, "kind": list(kind) if kind else None}
        return frames.timeline_frame(self.nodes(queries.TIMELINE, "timeline", variables))

    def funding_by_regime(self, recipient: str, as_of: str | None = None, every_owner: bool = False) -> pd.DataFrame:
        """The money reaching `recipient`, grouped by the regime class of the states that control its funders
        (`fundingByRegime`): one row per class, "NONE" for funders with no state above them (columns:
        frames.BY_REGIME_COLUMNS). `every_owner=True` counts every owner as a controller.

        >>> Client().funding_by_regime("openai")[["regime", "fundings", "states"]]   # doctest: +SKIP
        """
        variables = {"recipient": recipient, "asOf": as_of, "everyOwner": every_owner}
        return frames.by_regime_frame(recipient, self.query(queries.BY_REGIME, variables)["fundingByRegime"])

    # --- Analyses ----------------------------------------------------------------------------------------------

    def exposure(
        self, actor: str, by: str = "REGIME", step: str = "YEAR", from_: str | None = None, to: str | None = None
    ) -> pd.DataFrame:
        """`exposure`: the money that reached `actor` in each period (step YEAR or QUARTER), one row per period
        and class (by REGIME of the states behind the funders, COUNTRY or KIND), money paid apart from money
        pledged, with the fundings behind it (columns: frames.EXPOSURE_COLUMNS).

        >>> Client().exposure("openai", by="REGIME", from_="2019-01-01")   # doctest: +SKIP
        """
        variables = {"actor": actor, "by": by, "step": step, "from": from_, "to": to}
        return frames.exposure_frame(actor, self.query(queries.EXPOSURE, variables)["exposure"]["periods"])

    def contradictions(
        self, actor: str | None = None, rule: Sequence[str] | None = None, as_of: str | None = None
    ) -> pd.DataFrame:
        """`contradictions`: one row per finding of the rules in schema/contradiction-rules.json (rule ids as the
        API spells them, e.g. ["DEMOCRATIC_AI_AUTHORITARIAN_TIES"]), with both sides, their dates, whether they
        overlap in time, the lower confidence, and each side's first source (columns:
        frames.CONTRADICTION_COLUMNS).

        >>> Client().contradictions(actor="openai")[["rule", "counterpart", "overlap"]]   # doctest: +SKIP
        """
        variables = {"actor": actor, "rule": list(rule) if rule else None, "asOf": as_of}
        return frames.contradictions_frame(self.nodes(queries.CONTRADICTIONS, "contradictions", variables))

    def rankings(self, measure: str, as_of: str, first: int = 20) -> pd.DataFrame:
        """`rankings`: the `first` actors ranked on `as_of` by PAGERANK or REVERSE_PAGERANK (weighted by money
        paid) or BROKERAGE (on the shortest paths between democratic and authoritarian states); the algorithm
        that ran is in `frame.attrs["algorithm"]` (columns: frames.RANKING_COLUMNS).

        >>> Client().rankings("BROKERAGE", "2025-01-01", first=10)[["rank", "name", "score"]]   # doctest: +SKIP
        """
        variables = {"measure": measure, "asOf": as_of, "first": first}
        return frames.rankings_frame(self.query(queries.RANKINGS, variables)["rankings"])

    def graph(
        self,
        as_of: str | None = None,
        kind: Sequence[str] | None = None,
        type: Sequence[str] | None = None,
        dataset: str | None = None,
    ) -> nx.MultiDiGraph[str]:
        """The graph as of a day, as a networkx MultiDiGraph (see `to_networkx`): the export of `graph_json` with
        the same arguments. Relations that ended before `as_of`, or began after it, are not in it.

        >>> G = Client().graph(as_of="2025-01-01", type=["FUNDS", "OWNS", "CONTROLS"])   # doctest: +SKIP
        >>> G.nodes["openai"]["name"]                                                    # doctest: +SKIP
        'OpenAI'
        """
        return to_networkx(self.graph_json(as_of=as_of, kind=kind, type=type, dataset=dataset))

    # --- transport ---------------------------------------------------------------------------------------------

    def _send(self, method: str, path: str, **options: Any) -> dict[str, Any]:
        """A JSON answer of the server; the typed error when it carries `errors`, TransportError when it is not
        JSON or no answer came."""
        where = f"{self.url}{path}"
        try:
            response = self._session.request(method, where, timeout=self.timeout, **options)
        except requests.RequestException as error:
            raise TransportError(
                f"No answer from {where} ({type(error).__name__}: {error}). Is the server running there, or is APG_URL set?",
                None,
            ) from error
        try:
            body = response.json()
        except ValueError:
            raise TransportError(
                f"{where} answered HTTP {response.status_code} with {response.headers.get('content-type', 'no content type')}, not JSON: is APG_URL the server's base URL?",
                response.status_code,
            ) from None
        if isinstance(body, dict) and body.get("errors"):
            raise error_for(body["errors"], response.status_code)
        if not response.ok or not isinstance(body, dict):
            raise TransportError(f"{where} answered HTTP {response.status_code} without errors.", response.status_code)
        return body
