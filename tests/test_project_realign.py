"""Re-aligning a range of beads: the aligner runs again inside it, nothing outside changes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from review_support import DE, EN, make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402

# A wrong stretch in the middle: sentences 2-4 paired off by one.
WRONG = [(1, 1, 0.95), (1, 1, 0.9), (2, 1, 0.3), (1, 2, 0.2), (1, 2, 0.3), (1, 1, 0.9)]


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path / "p.bitext", beads=WRONG) as p:
        yield p


def shapes(p):
    return [(b.src, b.tgt) for b in p.beads()]


def test_stretch_between_confirmed_beads(project):
    project.confirm(1)
    assert project.stretch_around(3) == (2, 5)
    assert project.stretch_around(1) is None
    project.confirm(4)
    assert project.stretch_around(3) == (2, 3)
    assert project.stretch_around(0) == (0, 0)


def test_realign_fixes_the_stretch_and_leaves_the_rest(project):
    project.confirm(1)
    project.set_note(5, "check the last sentence")
    before = project.beads()
    first, last = project.realign(2, 4)
    rows = project.beads()
    assert (first, last) == (2, len(rows) - 2)

    def kept(b):
        return (b.id, b.src, b.tgt, b.status, b.note)

    assert [kept(b) for b in rows[:2]] == [kept(b) for b in before[:2]]
    assert kept(rows[-1]) == kept(before[-1])
    # the sentences 2-4 / 2-6 are re-paired; the text has one target sentence too many
    # ("Thousands were beaten."), so the stretch holds one bead more than sentences on the left
    assert [(len(b.src), len(b.tgt)) for b in rows[first : last + 1]] != [(2, 1), (1, 2), (1, 2)]
    # the true pairs: source k with target k for k = 2, 3, 4 ("Thousands were beaten." has
    # no source sentence and is left for the beads after those)
    for k in (2, 3, 4):
        assert rows[k].src == range(k, k + 1) and rows[k].tgt == range(k, k + 1)
    assert all(b.status == "unreviewed" for b in rows[first : last + 1])
    assert rows[-1].note == "check the last sentence"  # outside the range
    project.check()
    assert project.undo_label.startswith("re-align")
    assert project.undo()
    assert [(len(b.src), len(b.tgt)) for b in project.beads()] == [(n, m) for n, m, _ in WRONG]


def test_confirmed_beads_inside_the_range_stay(project):
    project.confirm(3)
    kept = project.bead(3)
    project.realign(0, 5)
    rows = project.beads()
    assert any(b.id == kept.id and b.src == kept.src and b.tgt == kept.tgt for b in rows)
    project.check()


def test_nothing_to_change_is_no_step(tmp_path):
    beads = [(1, 1, 0.9)] * 5 + [(1, 2, 0.9), (1, 1, 0.9)]
    with make_project(tmp_path / "q.bitext", DE, EN, beads) as p:
        p.realign(0, 2)
        before = p.undo_label
        p.realign(0, 2)
        assert p.undo_label == before


def test_readonly_refused(tmp_path, project):
    from aligner.project import Project

    with Project.open(project.path, readonly=True) as ro, pytest.raises(BitextError):
        ro.realign(0, 1)
