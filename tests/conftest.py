"""Shared test fixtures. Data from ../shared is optional: tests that need it skip."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = ROOT / "corpora"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the calling test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is absent)")
    return path


@pytest.fixture
def shared():
    return shared_path


@pytest.fixture(scope="session")
def hostile_prepared(tmp_path_factory):
    """Every hostile input of the battery, written once (tests/hostile_files.py)."""
    from hostile_files import prepare

    return prepare(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def hostile_server(tmp_path_factory):
    """One process that runs each battery case in a fork of its own (tests/hostile_server.py)."""
    from hostile_support import Server

    server = Server(tmp_path_factory.mktemp("hostile-io"))
    yield server
    server.close()
