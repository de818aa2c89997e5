"""The examples in the package's docstrings run as written (those that need a server are marked to skip)."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from ai_policy_graph import client, errors, graph

MODULES = [client, errors, graph]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples_run(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
