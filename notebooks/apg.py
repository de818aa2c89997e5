"""A few lines between a notebook and the ai-policy-graph server: GraphQL over HTTP, pages followed, answers as
pandas DataFrames and networkx graphs.

    import apg
    apg.query('{ actor(id: "openai") { name } }')        # {'actor': {'name': 'OpenAI'}}
    apg.fundings_frame(recipient="openai")              # one row per funding
    apg.funding_by_regime_frame("openai")               # money by the regime of the state behind the funder
    apg.to_networkx(apg.graph_json(as_of="2025-01-01")) # the graph, as of a day

The server is at APG_URL (default http://localhost:4000, where `npm start` listens). It needs requests, pandas
and networkx (notebooks/requirements.txt).
"""

from __future__ import annotations

import os
from typing import Any, Iterator

import networkx as nx
import pandas as pd
import requests

URL = os.environ.get("APG_URL", "http://localhost:4000").rstrip("/")
"""The server's base URL: GraphQL at URL + "/graphql", exports under URL + "/export"."""

TIMEOUT = 60
"""Seconds to wait for one answer."""

PAGE = 100
"""Items per page: the API's largest."""


class GraphQLError(RuntimeError):
    """The server's errors, each with `extensions.code` (BAD_USER_INPUT, NOT_FOUND, ...) and, for a bad argument, `field`."""

    def __init__(self, errors: list[dict[str, Any]]):
        self.errors = errors
        super().__init__("; ".join(_describe(e) for e in errors))


def _describe(error: dict[str, Any]) -> str:
    extensions = error.get("extensions") or {}
    where = f" on {extensions['field']}" if extensions.get("field") else ""
    return f"{error.get('message')} ({extensions.get('code')}{where})"


def query(text: str, variables: dict[str, Any] | None = None, url: str | None = None) -> dict[str, Any]:
    """Runs one GraphQL operation and returns its `data`; raises GraphQLError when the server answers errors."""
    response = requests.post(f"{url or URL}/graphql", json={"query": text, "variables": variables or {}}, timeout=TIMEOUT)
    try:
        body = response.json()
    except ValueError:
        response.raise_for_status()
        raise
    if body.get("errors"):
        raise GraphQLError(body["errors"])
    response.raise_for_status()
    return body["data"]


def nodes(text: str, variables: dict[str, Any], path: str, url: str | None = None) -> Iterator[dict[str, Any]]:
    """Every node of a connection, page after page. `text` declares `$after: String` and passes it, with
    `first`, to the field at `path` (dots between names, e.g. "actor.relations"), which asks for
    `pageInfo { hasNextPage endCursor }` and `edges { node { ... } }`."""
    after = None
    while True:
        connection: Any = query(text, {**variables, "after": after}, url)
        for name in path.split("."):
            connection = connection[name]
        for edge in connection["edges"]:
            yield edge["node"]
        if not connection["pageInfo"]["hasNextPage"]:
            return
        after = connection["pageInfo"]["endCursor"]


_FUNDINGS = """
query Fundings($filter: FundingFilter, $asOf: Date, $after: String) {
  fundings(filter: $filter, asOf: $asOf, first: %d, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id funder { id name kind } recipient { id name kind }
      amount currency amountUsd date until round instrument stake confidence
      sources { source { url } }
    } }
  }
}""" % PAGE

FUNDING_COLUMNS = [
    "id", "funder_id", "funder", "funder_kind", "recipient_id", "recipient", "recipient_kind", "amount", "currency",
    "amount_usd", "date", "year", "until", "round", "instrument", "stake", "confidence", "sources",
]


def fundings_frame(
    funder: str | None = None,
    recipient: str | None = None,
    min_amount_usd: float | None = None,
    from_date: str | None = None,
    to_date: str | None = None,
    instrument: list[str] | None = None,
    confidence: list[str] | None = None,
    as_of: str | None = None,
    url: str | None = None,
) -> pd.DataFrame:
    """Who funds whom: one row per funding that the `fundings` query lists for this filter, newest first.
    Amounts are floats (NaN when the sources give no figure); dates are as precise as the sources ("2023",
    "2023-11", "2023-11-20"), with `year` as a number; `sources` is the list of the sources' URLs.
    Days are YYYY-MM-DD; instrument and confidence take the API's values (["EQUITY"], ["CONFIRMED"])."""
    given = {"funder": funder, "recipient": recipient, "minAmountUsd": min_amount_usd, "from": from_date,
             "to": to_date, "instrument": instrument, "confidence": confidence}
    variables = {"filter": {k: v for k, v in given.items() if v is not None}, "asOf": as_of}
    rows = [
        {
            "id": f["id"],
            "funder_id": f["funder"]["id"], "funder": f["funder"]["name"], "funder_kind": f["funder"]["kind"],
            "recipient_id": f["recipient"]["id"], "recipient": f["recipient"]["name"], "recipient_kind": f["recipient"]["kind"],
            "amount": f["amount"], "currency": f["currency"], "amount_usd": f["amountUsd"],
            "date": f["date"], "year": int(f["date"][:4]) if f["date"] else None, "until": f["until"],
            "round": f["round"], "instrument": f["instrument"], "stake": f["stake"], "confidence": f["confidence"],
            "sources": [s["source"]["url"] for s in f["sources"]],
        }
        for f in nodes(_FUNDINGS, variables, "fundings", url)
    ]
    frame = pd.DataFrame(rows, columns=FUNDING_COLUMNS)
    for column in ("amount", "amount_usd", "stake"):
        frame[column] = frame[column].astype("float64")
    frame["year"] = frame["year"].astype("Int64")
    return frame


_BY_REGIME = """
query ByRegime($recipient: ID!, $asOf: Date, $everyOwner: Boolean!) {
  fundingByRegime(recipient: $recipient, asOf: $asOf, everyOwner: $everyOwner) {
    regime fundingCount undisclosedCount totalUsd states { id name }
  }
}"""


def funding_by_regime_frame(recipient: str, as_of: str | None = None, every_owner: bool = False, url: str | None = None) -> pd.DataFrame:
    """The money reaching `recipient`, grouped by the regime class of the states that control its funders
    (`fundingByRegime`): one row per class, "NONE" for funders with no state above them."""
    groups = query(_BY_REGIME, {"recipient": recipient, "asOf": as_of, "everyOwner": every_owner}, url)["fundingByRegime"]
    return pd.DataFrame(
        [
            {
                "recipient": recipient, "regime": g["regime"] or "NONE", "fundings": g["fundingCount"],
                "undisclosed": g["undisclosedCount"], "total_usd": float(g["totalUsd"]),
                "states": ", ".join(s["name"] for s in g["states"]),
            }
            for g in groups
        ],
        columns=["recipient", "regime", "fundings", "undisclosed", "total_usd", "states"],
    )


_EXPOSURE = """
query Exposure($actor: ID!, $by: ExposureBy!, $step: ExposureStep!, $from: Date, $to: Date) {
  exposure(actor: $actor, by: $by, step: $step, from: $from, to: $to) {
    periods { label start receivedUsd committedUsd shares { class receivedUsd committedUsd undisclosedCount fundings { funding { id } } } }
  }
}"""


def exposure_frame(actor: str, by: str = "REGIME", step: str = "YEAR", from_: str | None = None, to: str | None = None,
                   url: str | None = None) -> pd.DataFrame:
    """`exposure`: the money that reached `actor` in each period, one row per period and class (by REGIME of the
    states behind the funders, COUNTRY or KIND), money paid apart from money pledged, with the fundings behind it.
    Empty periods have no rows; class "NONE" is money with no state above the funder (REGIME) or no country."""
    periods = query(_EXPOSURE, {"actor": actor, "by": by, "step": step, "from": from_, "to": to}, url)["exposure"]["periods"]
    return pd.DataFrame(
        [
            {
                "actor": actor, "period": p["label"], "start": p["start"], "class": s["class"] or "NONE",
                "received_usd": float(s["receivedUsd"]), "committed_usd": float(s["committedUsd"]),
                "undisclosed": s["undisclosedCount"], "fundings": ", ".join(f["funding"]["id"] for f in s["fundings"]),
            }
            for p in periods
            for s in p["shares"]
        ],
        columns=["actor", "period", "start", "class", "received_usd", "committed_usd", "undisclosed", "fundings"],
    )


_CONTRADICTIONS = """
query Contradictions($actor: ID, $rule: [ContradictionRuleId!], $asOf: Date, $after: String) {
  contradictions(actor: $actor, rule: $rule, asOf: $asOf, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id rule { id name } actor { id name } counterpart { id name } basis overlap confidence
      position { kind id starts ends sources { quote source { url } } }
      tie { kind id starts ends sources { quote source { url } } } } }
  }
}"""


def contradictions_frame(actor: str | None = None, rule: list[str] | None = None, as_of: str | None = None,
                         url: str | None = None) -> pd.DataFrame:
    """`contradictions`: one row per finding of the rules (schema/contradiction-rules.json), with both sides, their
    dates, whether they overlap in time, the lower confidence, and the first source of each side."""
    rows = []
    for f in nodes(_CONTRADICTIONS, {"actor": actor, "rule": rule, "asOf": as_of}, "contradictions", url):
        side = lambda s: (f"{s['kind']} {s['id']} ({s['starts'] or '?'}–{s['ends'] or ''})",
                          s["sources"][0]["source"]["url"] if s["sources"] else None)
        position, position_url = side(f["position"])
        tie, tie_url = side(f["tie"])
        rows.append({
            "rule": f["rule"]["id"], "actor": f["actor"]["name"], "counterpart": (f["counterpart"] or {}).get("name"),
            "basis": f["basis"], "overlap": f["overlap"], "confidence": f["confidence"],
            "position": position, "position_source": position_url, "tie": tie, "tie_source": tie_url,
        })
    return pd.DataFrame(rows, columns=["rule", "actor", "counterpart", "basis", "overlap", "confidence", "position",
                                       "position_source", "tie", "tie_source"])


_RANKINGS = """
query Rankings($measure: RankingMeasure!, $asOf: Date!, $first: Int!) {
  rankings(measure: $measure, asOf: $asOf, first: $first) {
    algorithm relationTypes actorCount actors { rank score actor { id name kind country } }
  }
}"""


def rankings_frame(measure: str, as_of: str, first: int = 20, url: str | None = None) -> pd.DataFrame:
    """`rankings`: the actors ranked on `as_of` by PAGERANK or REVERSE_PAGERANK (weighted by money paid) or
    BROKERAGE (on the shortest paths between democratic and authoritarian states), with the algorithm that ran."""
    ranking = query(_RANKINGS, {"measure": measure, "asOf": as_of, "first": first}, url)["rankings"]
    frame = pd.DataFrame(
        [{"rank": a["rank"], "score": a["score"], "id": a["actor"]["id"], "name": a["actor"]["name"],
          "kind": a["actor"]["kind"], "country": a["actor"]["country"]} for a in ranking["actors"]],
        columns=["rank", "score", "id", "name", "kind", "country"],
    )
    frame.attrs["algorithm"] = ranking["algorithm"]
    return frame


def graph_json(as_of: str | None = None, kind: list[str] | None = None, type: list[str] | None = None,
               dataset: str | None = None, url: str | None = None) -> dict[str, Any]:
    """The graph export (/export/graph.json, format ai-policy-graph/graph@1): nodes, edges and sources, as of a
    day, narrowed to actor kinds (["STATE", "INVESTOR"]) and relation types (["FUNDS", "OWNS"])."""
    params = {"asOf": as_of, "kind": ",".join(kind) if kind else None, "type": ",".join(type) if type else None, "dataset": dataset}
    response = requests.get(f"{url or URL}/export/graph.json", params={k: v for k, v in params.items() if v}, timeout=TIMEOUT)
    if response.status_code == 400:
        raise GraphQLError(response.json()["errors"])
    response.raise_for_status()
    doc = response.json()
    if doc.get("format") != "ai-policy-graph/graph@1":
        raise ValueError(f"graph.json is in format {doc.get('format')!r}; this helper reads ai-policy-graph/graph@1.")
    return doc


def to_networkx(doc: dict[str, Any]) -> nx.MultiDiGraph:
    """A graph export as a networkx MultiDiGraph: one node per actor (name, kind, country, regime), one edge per
    relation keyed by its id (type, amount_usd, valid_from, valid_to, confidence, and `sources`, their URLs).
    Two actors may share several relations (one per funding round), hence a multigraph."""
    urls = {s["id"]: s["url"] for s in doc["sources"]}
    graph = nx.MultiDiGraph()
    for n in doc["nodes"]:
        graph.add_node(n["id"], name=n["name"], kind=n["kind"], country=n["country"], regime=(n["regime"] or {}).get("class"))
    for e in doc["edges"]:
        graph.add_edge(
            e["from"], e["to"], key=e["id"], type=e["type"], amount_usd=e["amountUsd"], valid_from=e["validFrom"],
            valid_to=e["validTo"], confidence=e["confidence"], sources=[urls[c["source"]] for c in e["citations"]],
        )
    return graph
