"""Shared test fixtures. Data from ../shared is optional: tests that need it skip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

#: Property tests draw the same examples on every run, so the suite passes or fails for
#: the code alone; BITEXT_FUZZ_RANDOM=1 draws new ones (and keeps failures in .hypothesis).
settings.register_profile("fixed", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("explore" if os.environ.get("BITEXT_FUZZ_RANDOM") else "fixed")

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
