"""The client against a real server over the curated seeds: each frame agrees with the API it reads."""

from __future__ import annotations

import datetime
import socket

import pandas as pd
import pytest

from ai_policy_graph import (
    BadUserInputError,
    Client,
    NotFoundError,
    TransportError,
    UnauthenticatedError,
)
from ai_policy_graph.frames import FUNDING_COLUMNS

from .conftest import total


class TestQuery:
    def test_returns_the_data_of_an_operation(self, client: Client) -> None:
        data = client.query("query ($id: ID!) { actor(id: $id) { id name } }", {"id": "openai"})
        assert data == {"actor": {"id": "openai", "name": "OpenAI"}}

    def test_raises_bad_user_input_naming_the_argument_past_its_limit(self, client: Client) -> None:
        with pytest.raises(BadUserInputError) as caught:
            client.query("{ fundings(first: 500) { totalCount } }")
        assert (caught.value.code, caught.value.field) == ("BAD_USER_INPUT", "first")

    def test_raises_not_found_naming_the_unknown_actor(self, client: Client) -> None:
        with pytest.raises(NotFoundError) as caught:
            client.funders("no-such-actor-anywhere")
        assert caught.value.code == "NOT_FOUND"
        assert caught.value.field == "of"

    def test_raises_a_transport_error_when_nothing_listens(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        # The port was free a moment ago and nothing listens on it now.
        with pytest.raises(TransportError) as caught:
            Client(f"http://127.0.0.1:{port}", key="", timeout=5).query("{ __typename }")
        assert caught.value.status is None

    def test_reads_the_url_from_apg_url(self, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("APG_URL", url + "/graphql")
        assert Client().url == url.rstrip("/")
        assert Client().query('{ actor(id: "openai") { name } }') == {"actor": {"name": "OpenAI"}}


class TestNodes:
    ACTORS = """query ($first: Int!, $after: String) {
      actors(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }"""

    def test_follows_the_cursors_to_the_end_without_duplicates(self, client: Client) -> None:
        count = total(client, "{ actors(first: 1) { totalCount } }")
        page_size = 37
        assert count > 3 * page_size  # several pages, the last one partial
        ids = [node["id"] for node in client.nodes(self.ACTORS, "actors", page_size=page_size)]
        assert len(ids) == count
        assert len(set(ids)) == count
        assert ids == [node["id"] for node in client.nodes(self.ACTORS, "actors")]

    def test_raises_not_found_when_the_connection_belongs_to_an_unknown_actor(self, client: Client) -> None:
        with pytest.raises(NotFoundError):
            client.relations("no-such-actor-anywhere")


class TestFrames:
    def test_funders_of_openai_include_microsoft_one_row_per_funder(self, client: Client) -> None:
        funders = client.funders("openai")
        assert "microsoft" in set(funders["id"])
        assert len(funders) == total(client, '{ funders(of: "openai", first: 1) { totalCount } }')
        assert funders["id"].is_unique
        assert set(funders["depth"]) == {1}
        microsoft = funders.set_index("id").loc["microsoft"]
        assert microsoft["path"] == "Microsoft → OpenAI"
        assert microsoft["sources"]

    def test_funders_at_depth_two_carry_their_chain(self, client: Client) -> None:
        funders = client.funders("openai", depth=2)
        deeper = funders[funders["depth"] == 2]
        assert len(deeper) > 0
        for _, row in deeper.iterrows():
            assert row["path"].startswith(row["name"] + " → ")
            assert row["path"].endswith(" → OpenAI")
            assert len(row["relations"]) == 2

    def test_investees_of_microsoft_include_openai(self, client: Client) -> None:
        investees = client.investees("microsoft")
        assert "openai" in set(investees["id"])
        assert len(investees) == total(client, '{ investees(of: "microsoft", first: 1) { totalCount } }')

    def test_fundings_lists_every_funding_of_the_filter(self, client: Client) -> None:
        fundings = client.fundings(recipient="openai")
        assert list(fundings.columns) == FUNDING_COLUMNS
        assert len(fundings) == total(client, '{ fundings(filter: { recipient: "openai" }, first: 1) { totalCount } }')
        assert fundings["id"].is_unique
        assert "Microsoft" in set(fundings["funder"])
        assert set(fundings["recipient_id"]) == {"openai"}
        assert fundings["amount_usd"].dtype == "float64"

    def test_relations_of_an_actor_match_its_fundings(self, client: Client) -> None:
        incoming = client.relations("openai", type=["FUNDS"], direction="INCOMING")
        assert set(incoming["type"]) == {"FUNDS"}
        assert set(incoming["id"]) == set(client.fundings(recipient="openai")["id"])

    def test_relations_as_of_a_day_keep_those_valid_then(self, client: Client) -> None:
        every = client.relations("sam-altman", type=["LEADS"])
        ended = every[every["valid_to"].notna() & (every["valid_to"].str.len() == 10)]
        assert len(ended) > 0
        day_after = (datetime.date.fromisoformat(ended["valid_to"].min()) + datetime.timedelta(days=1)).isoformat()
        gone = set(ended[ended["valid_to"] < day_after]["id"])
        assert gone.isdisjoint(client.relations("sam-altman", type=["LEADS"], as_of=day_after)["id"])

    def test_timeline_lists_every_entry_of_the_period_in_date_order(self, client: Client) -> None:
        timeline = client.timeline("openai", from_="2023-11-01", to="2023-11-30")
        expected = total(client, '{ timeline(actor: "openai", from: "2023-11-01", to: "2023-11-30", first: 1) { totalCount } }')
        assert len(timeline) == expected
        assert {"RELATION_START", "RELATION_END", "STATEMENT"} <= set(timeline["kind"])
        assert timeline["what"].str.len().min() > 0
        assert list(timeline["date"]) == sorted(timeline["date"], key=lambda d: d + "-01-01"[len(d) - 4 :])

    def test_funding_by_regime_names_the_states_behind_openais_money(self, client: Client) -> None:
        frame = client.funding_by_regime("openai")
        groups = client.query('{ fundingByRegime(recipient: "openai") { regime fundingCount } }')["fundingByRegime"]
        assert list(frame["fundings"]) == [g["fundingCount"] for g in groups]
        authoritarian = frame.set_index("regime").loc["AUTHORITARIAN"]
        assert "United Arab Emirates" in authoritarian["states"]


class TestAnalyses:
    def test_exposure_rows_add_up_to_each_period(self, client: Client) -> None:
        frame = client.exposure("openai", by="REGIME", step="YEAR", from_="2019-01-01")
        periods = client.query(
            '{ exposure(actor: "openai", by: REGIME, step: YEAR, from: "2019-01-01") { periods { label receivedUsd } } }'
        )["exposure"]["periods"]
        received = frame.groupby("period")["received_usd"].sum()
        for period in periods:
            if period["label"] in received.index:
                assert received[period["label"]] == pytest.approx(period["receivedUsd"])
        assert "AUTHORITARIAN" in set(frame["class"])

    def test_contradictions_lists_every_finding_about_openai(self, client: Client) -> None:
        frame = client.contradictions(actor="openai")
        assert len(frame) == total(client, '{ contradictions(actor: "openai", first: 1) { totalCount } }')
        assert len(frame) > 0
        assert "democratic-ai-authoritarian-ties" in set(frame["rule"])

    def test_rankings_keep_the_servers_order_and_algorithm(self, client: Client) -> None:
        frame = client.rankings("BROKERAGE", "2025-01-01", first=10)
        ranking = client.query(
            '{ rankings(measure: BROKERAGE, asOf: "2025-01-01", first: 10) { algorithm actors { actor { id } } } }'
        )["rankings"]
        assert list(frame["id"]) == [a["actor"]["id"] for a in ranking["actors"]]
        assert list(frame["rank"]) == sorted(frame["rank"])
        assert frame.attrs["algorithm"] == ranking["algorithm"]


class TestGraph:
    def test_holds_every_node_and_edge_of_the_export(self, client: Client) -> None:
        doc = client.graph_json(as_of="2025-01-01", type=["FUNDS", "OWNS", "CONTROLS"], dataset="seeds")
        G = client.graph(as_of="2025-01-01", type=["FUNDS", "OWNS", "CONTROLS"], dataset="seeds")
        assert (G.number_of_nodes(), G.number_of_edges()) == (len(doc["nodes"]), len(doc["edges"]))
        assert {d["type"] for _, _, d in G.edges(data=True)} <= {"FUNDS", "OWNS", "CONTROLS"}
        assert any(d["type"] == "FUNDS" for _, _, d in G.in_edges("openai", data=True))

    def test_as_of_a_day_excludes_relations_ended_before_it(self, client: Client) -> None:
        everything = client.graph(type=["FUNDS", "OWNS", "CONTROLS", "LEADS", "BOARD_MEMBER_OF"])
        ended = {
            key: d["valid_to"]
            for _, _, key, d in everything.edges(keys=True, data=True)
            if d["valid_to"] and len(d["valid_to"]) == 10 and d["valid_to"] < "2024-06-01"
        }
        assert len(ended) > 0
        then = client.graph(as_of="2024-06-01", type=["FUNDS", "OWNS", "CONTROLS", "LEADS", "BOARD_MEMBER_OF"])
        kept = {key for _, _, key in then.edges(keys=True)}
        assert kept.isdisjoint(ended)
        assert len(kept) > 0
        assert all(not d["valid_to"] or d["valid_to"] >= "2024-06" for _, _, d in then.edges(data=True))

    def test_raises_bad_user_input_naming_the_malformed_day(self, client: Client) -> None:
        with pytest.raises(BadUserInputError) as caught:
            client.graph(as_of="2025-99-01")
        assert caught.value.field == "asOf"
        assert caught.value.status == 400


class TestKeys:
    def test_a_key_protected_server_refuses_a_request_without_a_key(self, keyed: tuple[str, str]) -> None:
        url, _ = keyed
        with pytest.raises(UnauthenticatedError) as caught:
            Client(url).funders("openai")
        assert caught.value.code == "UNAUTHENTICATED"

    def test_it_refuses_a_wrong_key(self, keyed: tuple[str, str]) -> None:
        url, key = keyed
        with pytest.raises(UnauthenticatedError):
            Client(url, key=key + "x").query('{ actor(id: "openai") { name } }')

    def test_it_answers_with_the_key_given_as_an_argument(self, keyed: tuple[str, str]) -> None:
        url, key = keyed
        assert "microsoft" in set(Client(url, key=key).funders("openai")["id"])

    def test_it_answers_with_the_key_in_apg_key(self, keyed: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
        url, key = keyed
        monkeypatch.setenv("APG_KEY", key)
        assert isinstance(Client(url).fundings(recipient="openai"), pd.DataFrame)
        assert len(Client(url).fundings(recipient="openai")) > 0
