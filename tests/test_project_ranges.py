"""Ranged bead reads and the row windows undo/redo report: what lets the review app
re-read a few rows instead of the whole project."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.project import Change, Project  # noqa: E402

KINDS = [(1, 1), (1, 2), (2, 1), (1, 0), (0, 1), (2, 2)]


def shown(rows) -> list[tuple]:
    """Everything the review screen draws from a row."""
    return [
        (r.id, r.position, r.src, r.tgt, r.source, r.target, r.src_texts, r.tgt_texts)
        + (r.score, r.status, r.note, r.edited)
        for r in rows
    ]


def patched(old, change: Change, fresh) -> list[tuple]:
    """The old rows with only the reported window replaced, positions renumbered."""
    rows = old[: change.start] + fresh + old[change.old_stop :]
    return [(row[0], n, *row[2:]) for n, row in enumerate(rows)]


@pytest.fixture
def project(tmp_path):
    kinds = [(1, 1), (2, 1), (1, 1), (0, 1), (1, 2), (1, 1)]
    de = [f"Satz {i}." for i in range(sum(k[0] for k in kinds))]
    en = [f"Sentence {i}." for i in range(sum(k[1] for k in kinds))]
    with make_project(tmp_path / "p.bitext", kinds=kinds, de=de, en=en) as p:
        yield p


@pytest.mark.parametrize(
    "start, stop", [(0, None), (0, 3), (2, 5), (5, 6), (4, 99), (6, 9), (3, 3), (4, 2), (-2, None)]
)
def test_ranged_beads_equal_the_slice(project, start, stop):
    project.edit("tgt", 4, "Bearbeitet.")  # edited flags and texts come along
    assert shown(project.beads(start, stop)) == shown(project.beads()[start:stop])


def test_undo_and_redo_report_the_rows_they_rewrote(project):
    project.merge_next(1)  # rows 1, 2 -> 1
    project.split(3, 1, 1)  # row 3 (1-2) -> rows 3, 4
    project.edit("src", 0, "Neu.")  # texts of row 0 only
    before = project.beads()
    change = project.undo_change()
    assert change == Change("edit", 0, 1, 1)
    assert patched(shown(before), change, shown(project.beads(0, 1))) == shown(project.beads())
    assert project.undo_change() == Change("split", 3, 5, 4)
    assert project.undo_change() == Change("merge", 1, 2, 3)
    assert project.undo_change() is None
    assert project.redo_change() == Change("merge", 1, 3, 2)
    assert project.redo_change().delta == 1
    assert project.redo() and not project.redo()


def test_undo_from_an_earlier_session_reports_its_window(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        p.merge_next(2)
    with Project.open(tmp_path / "p.bitext") as p:
        change = p.undo_change()
        assert (change.label, change.start, change.old_stop, change.new_stop) == ("merge", 2, 3, 4)


def test_undo_of_a_status_change_on_scattered_rows_covers_them_all(project):
    project.set_status_many([1, 4], "confirmed")
    change = project.undo_change()
    assert (change.start, change.old_stop, change.new_stop) == (1, 5, 5)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kinds=st.lists(st.sampled_from(KINDS), min_size=2, max_size=8),
    operations=st.lists(
        st.tuples(
            st.sampled_from(["merge_next", "split", "move", "insert_empty", "edit", "confirm"]),
            st.integers(0, 9),
            st.sampled_from(["src", "tgt"]),
            st.sampled_from(["first", "last"]),
        ),
        min_size=1,
        max_size=12,
    ),
)
def test_patching_the_reported_window_gives_the_new_rows(kinds, operations):
    de = [f"Satz {i}." for i in range(sum(k[0] for k in kinds))]
    en = [f"Sentence {i}." for i in range(sum(k[1] for k in kinds))]
    with (
        tempfile.TemporaryDirectory() as tmp,
        make_project(Path(tmp) / "p.bitext", kinds=kinds, de=de, en=en) as p,
    ):
        for name, pos, side, edge in operations:
            args = {
                "merge_next": (pos,),
                "split": (pos, 1, 0),
                "move": (pos, side, edge),
                "insert_empty": (pos, side),
                "edit": (side, pos, f"Text {pos}."),
                "confirm": (pos,),
            }[name]
            try:
                getattr(p, name)(*args)
            except BitextError:
                pass
        for step in (p.undo_change, p.redo_change, p.undo_change):
            while True:
                old = shown(p.beads())
                change = step()
                if change is None:
                    break
                assert 0 <= change.start <= change.old_stop <= len(old)
                fresh = shown(p.beads(change.start, change.new_stop))
                assert patched(old, change, fresh) == shown(p.beads())


def test_first_position_of_a_status(project):
    assert project.first_position("unreviewed") == 0
    assert project.first_position("confirmed") is None
    project.set_status_many([0, 1, 3], "confirmed")
    assert project.first_position("unreviewed") == 2
    assert project.first_position("confirmed") == 0
    with pytest.raises(BitextError):
        project.first_position("done")
