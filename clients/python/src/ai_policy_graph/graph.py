"""The graph export (GET /export/graph.json, format ai-policy-graph/graph@1) as a networkx graph."""

from __future__ import annotations

from typing import Any

import networkx as nx

GRAPH_FORMAT = "ai-policy-graph/graph@1"
"""The export format this package reads (docs/EXPORTS.md)."""


def to_networkx(doc: dict[str, Any]) -> nx.MultiDiGraph[str]:
    """A graph export as a networkx MultiDiGraph: one node per actor (name, kind, country, regime), one edge per
    relation keyed by its id (type, amount_usd, amount_kind, valid_from, valid_to, confidence, and `sources`,
    their URLs). Two actors may share several relations (one per funding round), hence a multigraph.
    `Client.graph` fetches the export and calls this.

    >>> doc = {"format": GRAPH_FORMAT, "sources": [{"id": "s1", "url": "https://example.org/a"}],
    ...        "nodes": [{"id": "a", "name": "A", "kind": "STATE", "country": "AE", "regime": {"class": "AUTHORITARIAN"}},
    ...                  {"id": "b", "name": "B", "kind": "COMPANY", "country": "US", "regime": None}],
    ...        "edges": [{"id": "a-funds-b", "type": "FUNDS", "from": "a", "to": "b", "amountUsd": 1e9, "amountKind": "PAID",
    ...                   "validFrom": "2024", "validTo": None, "confidence": "CONFIRMED", "citations": [{"source": "s1"}]}]}
    >>> G = to_networkx(doc)
    >>> G.nodes["a"]["regime"], G.edges["a", "b", "a-funds-b"]["sources"]
    ('AUTHORITARIAN', ['https://example.org/a'])
    """
    if doc.get("format") != GRAPH_FORMAT:
        raise ValueError(f"The export is in format {doc.get('format')!r}; this package reads {GRAPH_FORMAT}.")
    urls = {s["id"]: s["url"] for s in doc["sources"]}
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for n in doc["nodes"]:
        graph.add_node(
            n["id"], name=n["name"], kind=n["kind"], country=n["country"], regime=(n["regime"] or {}).get("class")
        )
    for e in doc["edges"]:
        graph.add_edge(
            e["from"],
            e["to"],
            key=e["id"],
            type=e["type"],
            amount_usd=e["amountUsd"],
            amount_kind=e.get("amountKind"),
            valid_from=e["validFrom"],
            valid_to=e["validTo"],
            confidence=e["confidence"],
            sources=[urls[c["source"]] for c in e["citations"]],
        )
    return graph
