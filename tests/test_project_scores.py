"""Beads an edit creates get a fresh confidence from the aligner's scoring."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from review_support import BEADS, DE, EN, make_project  # noqa: E402

from aligner.align.rescore import score_beads  # noqa: E402


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        yield p


def scores(project) -> list[float]:
    return [r.score for r in project.beads()]


def test_scoring_given_beads_agrees_with_a_fresh_look_at_the_texts():
    beads = [(range(i, i + 1), range(i, i + 1)) for i in range(4)]
    sure = score_beads(DE[:4], EN[:4], beads, src_lang="de", tgt_lang="en")
    assert all(s > 0.5 for s in sure)
    merged = [(range(0, 2), range(0, 2)), *beads[2:]]
    assert score_beads(DE[:4], EN[:4], merged, src_lang="de", tgt_lang="en")[0] == 0.0
    assert score_beads(DE[:1], [], [(range(0, 1), range(0, 0))]) == [1.0]


def test_merge_split_and_move_rescore_only_the_beads_they_make(project):
    start = scores(project)
    assert start == [score for _, _, score in BEADS]
    project.merge_next(0)  # two good pairs as one: the aligner would never make this bead
    after_merge = scores(project)
    assert after_merge[0] == 0.0 and after_merge[1:] == start[2:]
    project.split(0, 1, 1)  # back to the aligner's own beads: sure again
    after_split = scores(project)
    assert after_split[0] > 0.5 and after_split[1] > 0.5
    assert after_split[2:] == start[2:]
    project.move(5, "tgt", "last")  # "Thousands were beaten." joins the next bead
    moved = scores(project)
    assert moved[:5] == after_split[:5] and moved[5] != start[5] and moved[6] != start[6]


def test_status_and_note_keep_the_score_and_undo_restores_old_scores(project):
    start = scores(project)
    project.confirm(2)
    project.set_note(2, "checked")
    assert scores(project) == start
    project.merge_next(2)
    project.insert_empty(0, "src")
    assert scores(project) != start
    project.undo()
    project.undo()
    assert scores(project) == start
