"""Doubtful beads and text search from the project API (what info, export and the app share)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import DE, EN, make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.project import Project, Query, is_doubtful  # noqa: E402
from aligner.project.doubt import DOUBT_SQL, doubtful  # noqa: E402
from aligner.project.search import find_all, next_index  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KINDS = [(1, 1), (1, 0), (1, 1), (1, 2), (1, 1), (0, 1)]


@pytest.fixture
def project(tmp_path):
    # beads: 0 sure 1-1, 1 a 1-0, 2 low score 1-1 (set below), 3 1-2, 4 1-1, 5 a 0-1
    with make_project(tmp_path / "p.bitext", kinds=KINDS) as p:
        p._db.execute("UPDATE bead SET score = 0.2 WHERE src_start = 2")
        yield p


@given(
    status=st.sampled_from(["unreviewed", "confirmed", "rejected"]),
    score=st.floats(0, 1),
    n_src=st.integers(0, 5),
    n_tgt=st.integers(0, 5),
)
def test_the_sql_rule_is_the_python_rule(status, score, n_src, n_tgt):
    if n_src == n_tgt == 0:
        return
    import sqlite3

    db = sqlite3.connect(":memory:")
    row = db.execute(
        f"SELECT {DOUBT_SQL} FROM (SELECT ? AS status, ? AS score, 0 AS src_start, "
        "? AS src_stop, 0 AS tgt_start, ? AS tgt_stop)",
        (status, score, n_src, n_tgt),
    ).fetchone()
    assert bool(row[0]) == doubtful(status, score, n_src, n_tgt)


def test_doubtful_beads_from_the_file(project):
    assert project.doubtful_positions() == [1, 2, 5]
    assert project.count_doubtful() == 3
    assert [is_doubtful(r) for r in project.beads()] == [False, True, True, False, False, True]
    assert list(project.pairs()["doubtful"]) == [False, True, True, False, False, True]
    assert project.next_doubtful() == 1
    assert project.next_doubtful(2) == 5
    assert project.next_doubtful(5) == 1  # round the end
    assert project.next_doubtful(5, wrap=False) is None
    assert project.next_doubtful(1, backward=True) == 5
    assert project.next_doubtful(None, backward=True) == 5
    project.confirm(2)
    assert project.doubtful_positions() == [1, 5] and project.info()["doubtful"] == 2


def test_search_plain_regex_side_and_case(project):
    assert project.find("präsident") == [1]  # case ignored
    assert project.find("präsident", case=True) == []
    assert project.find("the", side="src") == []
    assert project.find(Query(r"\b(19|20)\d\d\b", regex=True)) == [0]
    assert project.find("e", side="tgt") == [0, 2, 3, 4, 5]
    assert project.find("[", regex=False) == []  # plain text: brackets are brackets
    with pytest.raises(BitextError, match="not a valid regular expression"):
        project.find("[", regex=True)
    with pytest.raises(BitextError, match="nothing to search for"):
        Query("")


def test_next_and_previous_match_and_count(project):
    query = Query("e", side="tgt")
    rows = project.beads()
    assert find_all(rows, query) == project.find(query)
    assert project.next_match(query) == 0
    assert project.next_match(query, 0) == 2
    assert project.next_match(query, 5) == 0
    assert project.next_match(query, 0, backward=True) == 5
    assert project.next_match(query, 5, wrap=False) is None
    project.edit("tgt", 0, "Lukashenko rules since 1994.")  # searches the edited text
    assert project.find("rules") == [0] and project.find("has ruled") == []


@dataclass
class Row:
    source: str
    target: str


def test_next_index_walks_both_ways_and_wraps():
    rows = [Row("a", "x"), Row("b", "y"), Row("a", "y")]
    q = Query("a", side="src")
    test = lambda i: q.matches(rows[i])  # noqa: E731
    assert next_index(3, None, test) == 0
    assert next_index(3, 0, test) == 2
    assert next_index(3, 2, test) == 0
    assert next_index(3, 2, test, wrap=False) is None
    assert next_index(3, 0, test, backward=True) == 2
    assert next_index(0, None, test) is None


def bitext(*argv, cwd):
    import os

    return subprocess.run(
        [sys.executable, "-m", "aligner.cli", *map(str, argv)],
        cwd=cwd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def test_info_counts_and_export_writes_the_doubtful(project, tmp_path):
    project.close()
    proc = bitext("info", "p.bitext", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "doubtful  3 unreviewed beads" in proc.stdout
    proc = bitext("export", "p.bitext", "--to", "csv", "--doubtful", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["position"] for r in rows] == ["1", "2", "5"]
    assert rows[0]["source"] == DE[1] and rows[2]["target"] == EN[5]
    proc = bitext("export", "p.bitext", "--to", "tsv", "--doubtful", cwd=tmp_path)
    assert proc.stdout.splitlines() == [f"{DE[2]}\t{EN[1]}"]  # one-sided beads left out
    with Project.open(tmp_path / "p.bitext") as p:
        assert p.info()["doubtful"] == 3
