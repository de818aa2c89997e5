"""The suite runs against real servers named in the environment; test/integration/python-client.int.test.ts
starts them and sets these variables:

- APG_URL: a server over the curated seeds (reads public).
- APG_KEYED_URL and APG_KEYED_KEY: a server whose reads need a key (READS_REQUIRE_KEY=true), and a valid key.

Run by hand without them, the tests that need a server are skipped with a message that says what to set.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from ai_policy_graph import Client


def _required(name: str, why: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.skip(f"{name} is unset: {why}")
    return value


@pytest.fixture(scope="session")
def url() -> str:
    return _required("APG_URL", "set it to a seeded server's base URL, e.g. APG_URL=http://localhost:4000 (npm start).")


@pytest.fixture(scope="session")
def client(url: str) -> Client:
    return Client(url, key="")


@pytest.fixture(scope="session")
def keyed() -> tuple[str, str]:
    """The key-protected server's URL and a valid key."""
    why = "set APG_KEYED_URL to a server started with READS_REQUIRE_KEY=true, and APG_KEYED_KEY to one of its keys."
    return _required("APG_KEYED_URL", why), _required("APG_KEYED_KEY", why)


@pytest.fixture(autouse=True)
def no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """APG_KEY of the shell running the tests must not change what a test sends."""
    monkeypatch.delenv("APG_KEY", raising=False)


def total(client: Client, text: str, variables: dict[str, Any] | None = None) -> int:
    """The `totalCount` of the one connection an operation asks for, read straight from the API."""
    (connection,) = client.query(text, variables).values()
    return int(connection["totalCount"])
