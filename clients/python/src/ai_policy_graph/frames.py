"""The server's answers as pandas DataFrames: one function per question, from the nodes `Client` fetched.
Every frame keeps its facts' source URLs in a `sources` column (a list) where the answer carries them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

Node = dict[str, Any]

FUNDING_COLUMNS = [
    "id", "funder_id", "funder", "funder_kind", "recipient_id", "recipient", "recipient_kind", "amount", "currency",
    "amount_usd", "amount_kind", "date", "year", "until", "round", "instrument", "stake", "confidence", "sources",
]


def _urls(fact: Node) -> list[str]:
    return [s["source"]["url"] for s in fact.get("sources") or []]


def fundings_frame(fundings: Iterable[Node]) -> pd.DataFrame:
    """One row per funding (FUNDING_COLUMNS). Amounts are floats, NaN without a figure; `year` is the date's year."""
    rows = [
        {
            "id": f["id"],
            "funder_id": f["funder"]["id"], "funder": f["funder"]["name"], "funder_kind": f["funder"]["kind"],
            "recipient_id": f["recipient"]["id"], "recipient": f["recipient"]["name"],
            "recipient_kind": f["recipient"]["kind"],
            "amount": f["amount"], "currency": f["currency"], "amount_usd": f["amountUsd"], "amount_kind": f["amountKind"],
            "date": f["date"], "year": int(f["date"][:4]) if f["date"] else None, "until": f["until"],
            "round": f["round"], "instrument": f["instrument"], "stake": f["stake"], "confidence": f["confidence"],
            "sources": _urls(f),
        }
        for f in fundings
    ]
    frame = pd.DataFrame(rows, columns=FUNDING_COLUMNS)
    for column in ("amount", "amount_usd", "stake"):
        frame[column] = frame[column].astype("float64")
    frame["year"] = frame["year"].astype("Int64")
    return frame


LINK_COLUMNS = ["of", "id", "name", "kind", "country", "depth", "chains", "path", "types", "relations", "sources"]


def links_frame(of: str, links: Iterable[Node]) -> pd.DataFrame:
    """One row per funder or investee of `of` (LINK_COLUMNS): its depth, how many chains link the two, and the
    shortest chain in the money's direction as names (`path`, "Abu Dhabi → MGX → OpenAI"), relation types,
    relation ids and the URLs of every hop's sources."""
    rows = []
    for link in links:
        chain = link["chain"]
        rows.append(
            {
                "of": of, "id": link["actor"]["id"], "name": link["actor"]["name"], "kind": link["actor"]["kind"],
                "country": link["actor"]["country"], "depth": link["depth"], "chains": link["chainCount"],
                "path": " → ".join([chain[0]["from"]["name"], *(hop["to"]["name"] for hop in chain)]) if chain else "",
                "types": [hop["type"] for hop in chain], "relations": [hop["relation"]["id"] for hop in chain],
                "sources": [url for hop in chain for url in _urls(hop)],
            }
        )
    return pd.DataFrame(rows, columns=LINK_COLUMNS)


RELATION_COLUMNS = [
    "id", "type", "from_id", "from", "to_id", "to", "role", "amount", "currency", "amount_usd", "amount_kind",
    "valid_from", "valid_to", "confidence", "sources",
]


def relations_frame(relations: Iterable[Node]) -> pd.DataFrame:
    """One row per relation (RELATION_COLUMNS), from the actor at `from` to the one at `to`."""
    rows = [
        {
            "id": r["id"], "type": r["type"], "from_id": r["from"]["id"], "from": r["from"]["name"],
            "to_id": r["to"]["id"], "to": r["to"]["name"], "role": r["role"], "amount": r["amount"],
            "currency": r["currency"], "amount_usd": r["amountUsd"], "amount_kind": r["amountKind"],
            "valid_from": r["validFrom"], "valid_to": r["validTo"], "confidence": r["confidence"], "sources": _urls(r),
        }
        for r in relations
    ]
    frame = pd.DataFrame(rows, columns=RELATION_COLUMNS)
    for column in ("amount", "amount_usd"):
        frame[column] = frame[column].astype("float64")
    return frame


TIMELINE_COLUMNS = ["date", "kind", "id", "what", "confidence", "sources"]


def _timeline_fact(entry: Node) -> tuple[str, Node]:
    """What a timeline entry records, in words, and the fact that carries its confidence and sources."""
    if "relation" in entry:
        r = entry["relation"]
        return f"{r['from']['name']} {r['type']} {r['to']['name']}" + (f" ({r['role']})" if r["role"] else ""), r
    if "statement" in entry:
        s = entry["statement"]
        return f"{s['actor']['name']} ({s['stance']}): “{s['quote']}”", s
    if "event" in entry:
        return f"{entry['event']['name']} ({entry['role']})", entry["event"]
    if "target" in entry:
        t = entry["target"]
        return f"{t['policy']['name']} ({t['effect']})", t
    raise ValueError(f"A timeline entry of kind {entry.get('kind')!r} that this package does not know: upgrade it.")


def timeline_frame(entries: Iterable[Node]) -> pd.DataFrame:
    """One row per dated fact (TIMELINE_COLUMNS), oldest first: `kind` is RELATION_START, RELATION_END,
    STATEMENT, EVENT, POLICY_START or POLICY_END; `what` says it in words ("Microsoft FUNDS OpenAI")."""
    rows = []
    for entry in entries:
        what, fact = _timeline_fact(entry)
        rows.append(
            {"date": entry["date"], "kind": entry["kind"], "id": entry["id"], "what": what,
             "confidence": fact["confidence"], "sources": _urls(fact)}
        )
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


BY_REGIME_COLUMNS = ["recipient", "regime", "fundings", "undisclosed", "total_usd", "states"]


def by_regime_frame(recipient: str, groups: Iterable[Node]) -> pd.DataFrame:
    """One row per regime class (BY_REGIME_COLUMNS); "NONE" for funders with no state above them."""
    return pd.DataFrame(
        [
            {
                "recipient": recipient, "regime": g["regime"] or "NONE", "fundings": g["fundingCount"],
                "undisclosed": g["undisclosedCount"], "total_usd": float(g["totalUsd"]),
                "states": ", ".join(s["name"] for s in g["states"]),
            }
            for g in groups
        ],
        columns=BY_REGIME_COLUMNS,
    )


EXPOSURE_COLUMNS = ["actor", "period", "start", "class", "received_usd", "committed_usd", "undisclosed", "fundings"]


def exposure_frame(actor: str, periods: Iterable[Node]) -> pd.DataFrame:
    """One row per period and class (EXPOSURE_COLUMNS), money paid apart from money pledged; `fundings` names the
    fundings behind the row. Empty periods have no rows; class "NONE" is money with no state (or country) behind it."""
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
        columns=EXPOSURE_COLUMNS,
    )


CONTRADICTION_COLUMNS = [
    "rule", "actor", "counterpart", "basis", "overlap", "confidence", "position", "position_id", "position_source",
    "tie", "tie_id", "tie_source",
]


def _side(side: Node) -> tuple[str, str, str | None]:
    first = side["sources"][0]["source"]["url"] if side["sources"] else None
    return f"{side['kind']} {side['id']} ({side['starts'] or '?'}–{side['ends'] or ''})", side["id"], first


def contradictions_frame(findings: Iterable[Node]) -> pd.DataFrame:
    """One row per finding (CONTRADICTION_COLUMNS): the rule, both sides with their dates and first source,
    whether they overlap in time, and the lower confidence of the two."""
    rows = []
    for f in findings:
        position, position_id, position_url = _side(f["position"])
        tie, tie_id, tie_url = _side(f["tie"])
        rows.append(
            {
                "rule": f["rule"]["id"], "actor": f["actor"]["name"], "counterpart": (f["counterpart"] or {}).get("name"),
                "basis": f["basis"], "overlap": f["overlap"], "confidence": f["confidence"],
                "position": position, "position_id": position_id, "position_source": position_url,
                "tie": tie, "tie_id": tie_id, "tie_source": tie_url,
            }
        )
    return pd.DataFrame(rows, columns=CONTRADICTION_COLUMNS)


RANKING_COLUMNS = ["rank", "score", "id", "name", "kind", "country"]


def rankings_frame(ranking: Node) -> pd.DataFrame:
    """One row per ranked actor (RANKING_COLUMNS), best first; `frame.attrs["algorithm"]` names the algorithm and
    its settings, `frame.attrs["relation_types"]` the relations it read."""
    frame = pd.DataFrame(
        [
            {"rank": a["rank"], "score": a["score"], "id": a["actor"]["id"], "name": a["actor"]["name"],
             "kind": a["actor"]["kind"], "country": a["actor"]["country"]}
            for a in ranking["actors"]
        ],
        columns=RANKING_COLUMNS,
    )
    frame.attrs["algorithm"] = ranking["algorithm"]
    frame.attrs["relation_types"] = ranking["relationTypes"]
    return frame
