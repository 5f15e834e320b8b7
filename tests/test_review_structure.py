"""Pilot tests of the minimap, joining and cutting sentences, and re-aligning, by keys."""

from __future__ import annotations

import pytest
from review_support import DE, EN, big_project, make_project
from test_review_app import SIZE, drive, reopened

from aligner.project import Project
from aligner.review import ReviewApp
from aligner.review.screens.main import ReviewScreen
from aligner.review.screens.resegment import CutDialog, PickSentence
from aligner.review.widgets import BeadList, Minimap

# bead 6 (1-2) holds two target sentences, bead 3 is doubtful (score 0.3)


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "sample.bitext"
    make_project(p).close()
    return p


async def test_minimap_shows_doubt_progress_and_cursor(path):
    seen = {}

    def check(app):
        minimap = app.screen.query_one(Minimap)
        seen["kinds"] = minimap.kinds()
        seen["cursor"] = minimap.cursor_lines()
        seen["cells"] = len(minimap.cells)
        seen["lines"] = len(minimap.kinds())
        seen["height"] = minimap.size.height
        seen["current"] = app.screen.query_one(BeadList).current

    # confirm the first two beads; the cursor ends on bead 3
    await drive(path, "enter", "enter", check=check)
    assert seen["cells"] == 7  # one cell per bead: fewer beads than lines
    assert seen["lines"] == seen["height"] > 7  # spread over the whole column
    kinds = seen["kinds"]
    # 7 beads over the lines: the first lines are confirmed, the doubtful bead shows
    assert kinds[0] == "confirmed"
    assert "doubtful" in kinds
    assert kinds.index("doubtful") > kinds.index("confirmed")
    assert seen["current"] == 2
    # the cursor is on the doubtful bead: its lines carry the marker
    assert seen["cursor"] == [y for y, kind in enumerate(kinds) if kind == "doubtful"]


async def test_minimap_click_goes_to_that_stretch(path):
    seen = {}

    async def run():
        with Project.open(path) as project:
            app = ReviewApp(project)
            async with app.run_test(size=SIZE) as pilot:
                await pilot.pause()
                minimap = app.screen.query_one(Minimap)
                await pilot.click(Minimap, offset=(0, minimap.size.height - 1))
                await pilot.pause()
                seen["current"] = app.screen.query_one(BeadList).current

    await run()
    assert seen["current"] == 6


async def test_join_two_target_sentences_by_keys(path):
    # bead 6 holds "Many protesters were arrested." and "Thousands were beaten."
    await drive(path, "g", "6", "enter", "J", "enter")
    with reopened(path) as project:
        texts = project.segment_texts("tgt")
        assert texts[5] == "Many protesters were arrested. Thousands were beaten."
        assert len(texts) == len(EN) - 1
        assert project.bead(5).tgt_texts == [texts[5]]
        project.check()
    # u in the app undoes it
    await drive(path, "u")
    with reopened(path) as project:
        assert project.segment_texts("tgt") == EN


async def test_cut_a_sentence_where_the_cursor_is(path):
    shown = {}

    def check(app):
        shown["rows"] = [(r.src, r.tgt) for r in app.screen.rows]

    # bead 1 has one sentence a side: S asks which one, Enter picks the source one,
    # then the cursor goes Home and 22 characters right: "Alexander Lukaschenko |regiert…"
    keys = ["S", "enter", "home", *["right"] * 22, "enter"]
    await drive(path, *keys, check=check)
    with reopened(path) as project:
        texts = project.segment_texts("src")
        assert texts[:2] == ["Alexander Lukaschenko", "regiert Belarus seit 1994."]
        assert len(texts) == len(DE) + 1
        assert [(b.src, b.tgt) for b in project.beads()] == shown["rows"]  # screen in step
        project.check()


async def test_cut_refuses_typing(path):
    seen = {}

    def check(app):
        seen["screen"] = type(app.screen)

    await drive(path, "S", "enter", "x", "enter", check=check)
    assert seen["screen"] is CutDialog
    with reopened(path) as project:
        assert project.segment_texts("src") == DE


async def test_join_on_a_one_to_one_bead_says_so(path):
    seen = {}

    def check(app):
        seen["screen"] = type(app.screen)
        seen["notes"] = [n.message for n in app._notifications]

    await drive(path, "J", check=check)
    assert seen["screen"] is ReviewScreen
    assert any("No two sentences" in n for n in seen["notes"])
    with reopened(path) as project:
        assert not project.can_undo


async def test_realign_between_confirmed_beads(tmp_path):
    path = tmp_path / "wrong.bitext"
    wrong = [(1, 1, 0.95), (1, 1, 0.9), (2, 1, 0.3), (1, 2, 0.2), (1, 2, 0.3), (1, 1, 0.9)]
    make_project(path, beads=wrong).close()
    with Project.open(path) as p:
        p.confirm(1)
        p.confirm(5)
    seen = {}

    def check(app):
        seen["rows"] = [(r.src, r.tgt, r.status) for r in app.screen.rows]

    await drive(path, "g", "4", "enter", "R", "enter", check=check)
    with reopened(path) as project:
        rows = project.beads()
        assert [(r.src, r.tgt, r.status) for r in rows] == seen["rows"]
        assert rows[1].status == rows[-1].status == "confirmed"  # the anchors stay
        for k in (2, 3, 4):
            assert rows[k].src == range(k, k + 1) and rows[k].tgt == range(k, k + 1)
        assert project.undo_label.startswith("re-align")
        project.check()


async def test_realign_a_marked_range(tmp_path):
    path = tmp_path / "wrong.bitext"
    wrong = [(1, 1, 0.95), (1, 1, 0.9), (2, 1, 0.3), (1, 2, 0.2), (1, 2, 0.3), (1, 1, 0.9)]
    make_project(path, beads=wrong).close()
    await drive(path, "g", "3", "enter", "V", "down", "down", "R", "enter")
    with reopened(path) as project:
        rows = project.beads()
        assert [(r.src, r.tgt) for r in rows[:2]] == [
            (range(0, 1), range(0, 1)),
            (range(1, 2), range(1, 2)),
        ]
        assert rows[-1].src == range(6, 7) and rows[-1].tgt == range(7, 8)
        assert rows[2].src == range(2, 3) and rows[2].tgt == range(2, 3)
        project.check()


async def test_pick_sentence_dialog_lists_pairs(tmp_path):
    path = tmp_path / "two.bitext"
    make_project(path, beads=[(2, 2, 0.9), (5, 6, 0.9)]).close()
    seen = {}

    def check(app):
        seen["screen"] = type(app.screen)

    await drive(path, "J", check=check)
    assert seen["screen"] is PickSentence
    await drive(path, "J", "down", "enter")  # the second pair: the target sentences
    with reopened(path) as project:
        assert len(project.segment_texts("tgt")) == len(EN) - 1
        assert len(project.segment_texts("src")) == len(DE)


async def test_minimap_of_a_large_project_fills_after_a_moment(tmp_path):
    path = tmp_path / "big.bitext"
    big_project(path, 2500).close()
    seen = {}
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("end")
            await pilot.pause(0.6)
            minimap = app.screen.query_one(Minimap)
            seen["cells"] = sum(c.beads for c in minimap.cells)
            seen["cursor"] = minimap.cursor_lines()
            seen["lines"] = minimap.size.height
    assert seen["cells"] == 2500
    assert seen["cursor"] == [seen["lines"] - 1]


async def test_undo_of_a_join_or_a_cut_in_the_app_redraws_every_later_bead(path):
    seen = {}

    def rows(app):
        return [(r.src, r.tgt, r.target) for r in app.screen.rows]

    def after_cut(app):
        seen["cut"] = rows(app)

    def after_undo(app):
        seen["undone"] = rows(app)

    # join in bead 6 and undo it; cut "He | calls himself…" in bead 2's target
    cut = ["g", "2", "enter", "S", "down", "enter", "home", "right", "right", "right", "enter"]
    await drive(path, "g", "6", "enter", "J", "enter", "u", *cut, check=after_cut)
    with reopened(path) as project:
        assert project.segment_texts("tgt")[1:3] == [
            "He",
            "calls himself the last dictator of Europe.",
        ]
        assert [(r.src, r.tgt, r.target) for r in project.beads()] == seen["cut"]
    await drive(path, "u", check=after_undo)
    with reopened(path) as project:
        assert project.segment_texts("tgt") == EN
        assert [(r.src, r.tgt, r.target) for r in project.beads()] == seen["undone"]


async def test_stray_capitals_change_nothing(path):
    # "Riga" and "Jan" typed without a dialog open: R asks, J lists; Esc leaves both
    await drive(path, "R", "escape", "J", "escape", "V", "R", "escape")
    with reopened(path) as project:
        assert not project.can_undo
