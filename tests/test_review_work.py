"""Pilot tests of reviewing at work: visible structural edits, typed-ahead keys, a small
terminal, editing either side, scores, bulk confirmation, notes, bookmarks and search."""

from __future__ import annotations

import pytest
from review_support import BEADS, big_project, make_project
from textual import events
from textual.widgets._footer import FooterKey

from aligner.project import Project
from aligner.review import ReviewApp
from aligner.review.widgets import BeadList, StatusBar

SIZE = (100, 30)


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "sample.bitext"
    make_project(p).close()
    return p


def beads(path):
    with Project.open(path, readonly=True) as project:
        return project.beads()


def kinds(path) -> list[str]:
    return [b.kind for b in beads(path)]


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


class Run:
    """The real app on a project file, driven by keys."""

    def __init__(self, path, size=SIZE):
        self.path, self.size = path, size

    async def __aenter__(self):
        self.project = Project.open(self.path)
        self.app = ReviewApp(self.project)
        self._ctx = self.app.run_test(size=self.size)
        self.pilot = await self._ctx.__aenter__()
        await self.pilot.pause()
        return self

    async def __aexit__(self, *exc):
        await self._ctx.__aexit__(*exc)
        self.project.close()

    async def press(self, *keys: str) -> None:
        for key in keys:
            await self.pilot.press(key)
            await self.pilot.pause()

    @property
    def cursor(self) -> int | None:
        return self.app.screen.query_one(BeadList).current


# -- structural edits on single letters -----------------------------------------------------------


async def test_merge_says_what_changed_and_how_to_undo(path):
    async with Run(path) as run:
        await run.press("m")
        note = messages(run.app)[-1]
        assert "Merged beads 1 and 2" in note and "u to undo" in note
        await run.press("u")
    assert kinds(path)[:2] == ["1-1", "1-1"]


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        (("down", "1"), "Moved the first source sentence of bead 2 up into bead 1"),
        (("4",), "Moved the last target sentence of bead 1 down into bead 2"),
        (("g", "6", "enter", "s", "enter", "enter"), "Split bead 6 into 1-1 and 0-1"),
    ],
)
async def test_moves_and_splits_are_announced_with_undo(path, keys, said):
    before = kinds(path)
    async with Run(path) as run:
        await run.press(*keys)
        assert any(said in m and "u to undo" in m for m in messages(run.app)), messages(run.app)
        assert kinds(path) != before
        await run.press("u")
    assert kinds(path) == before


async def test_detach_asks_first_and_no_changes_nothing(path):
    before = kinds(path)
    async with Run(path) as run:
        await run.press("i", "n")
        await run.press("i", "escape")
        assert kinds(path) == before
        await run.press("i", "y")
        assert kinds(path)[:2] == ["1-0", "0-1"]
        assert "u to undo" in messages(run.app)[-1]


async def test_typing_a_word_without_slash_changes_nothing(path):
    """'Minsk' typed without '/': i asks (n answers no), s opens the split dialog."""
    before = kinds(path)
    async with Run(path) as run:
        await run.press(*"Minsk", "escape")
        assert kinds(path) == before


async def test_beads_an_edit_creates_are_rescored(path):
    old = {b.position: b.score for b in beads(path)}
    async with Run(path) as run:
        await run.press("m")
        await run.press("g", "5", "enter", "s", "enter", "enter")  # the 1-2 bead, now 5th
    after = beads(path)
    assert after[0].kind == "2-2" and after[0].score != min(old[0], old[1])
    assert [b.kind for b in after[4:6]] == ["1-1", "0-1"]
    assert old[5] not in (after[4].score, after[5].score)
    assert all(0 <= b.score <= 1 for b in after)


# -- typed-ahead keys ----------------------------------------------------------------------------


def key_event(key: str) -> events.Key:
    character = {"enter": "\r", "home": None, "slash": "/"}.get(key, key)
    return events.Key(key, character)


async def test_goto_typed_ahead_lands_every_time(tmp_path):
    path = tmp_path / "big.bitext"
    big_project(path, 40).close()
    async with Run(path) as run:
        for _ in range(8):
            for key in ("home", "g", "2", "6", "enter"):  # as fast as a terminal delivers them
                run.app.post_message(key_event(key))
            await run.pilot.pause()
            await run.pilot.pause()
            assert run.cursor == 25
            assert run.app.screen is run.app.review


async def test_search_typed_ahead_finds_and_changes_nothing(path):
    """'/Minsk Enter' typed at once: every letter reaches the search field, none the list."""
    before = kinds(path)
    async with Run(path) as run:
        for key in ("slash", *"Minsk", "enter"):
            run.app.post_message(key_event(key))
        await run.pilot.pause()
        await run.pilot.pause()
        assert run.cursor == 3 and run.app.screen is run.app.review
    assert kinds(path) == before


# -- 80 x 24 -------------------------------------------------------------------------------------


async def test_small_terminal_shows_position_and_footer_keys(path):
    async with Run(path, size=(80, 24)) as run:
        await run.press("down", "down")
        status = run.app.screen.query_one(StatusBar)
        shown = str(status.render())[: status.content_region.width]
        assert "bead 3/7" in shown
        keys = {k.description: k.region for k in run.app.screen.query(FooterKey)}
        for label in ("Confirm", "Undo", "Help", "Quit"):
            assert label in keys and keys[label].right <= 80, (label, keys)


# -- editing either side --------------------------------------------------------------------------


async def test_shift_e_edits_the_target_named_as_the_screen_names_it(path):
    async with Run(path) as run:
        await run.press("down", "E")
        dialog = run.app.screen
        assert dialog.label_for(dialog.chosen) == "target of bead 2"
        area = run.app.screen.query_one("#edit-text")
        assert area.text.startswith("He calls himself")
        area.text = "He calls himself Europe's last dictator."
        await run.press("ctrl+s")
    assert beads(path)[1].target == "He calls himself Europe's last dictator."


async def test_edit_switches_side_with_one_key(path):
    async with Run(path) as run:
        await run.press("e")
        area = run.app.screen.query_one("#edit-text")
        assert area.text.startswith("Alexander Lukaschenko")
        await run.press("ctrl+t")
        assert area.text.startswith("Alexander Lukashenko")


# -- scores, bulk confirmation ---------------------------------------------------------------------


async def test_score_shown_beside_the_mark(path):
    async with Run(path) as run:
        lines = [run.app.screen.query_one(BeadList).render_line(y).text for y in range(1, 12)]
        assert "●0.95" in lines[0] and any("○0.30!" in line for line in lines)


def test_confirm_at_least_is_one_step_in_the_api(path):
    with Project.open(path) as project:
        project.reject(1)
        assert project.count_at_least(0.85) == 4
        assert project.confirm_at_least(0.85) == 4
        assert [b.status for b in project.beads()] == [
            "confirmed", "rejected", "unreviewed", "confirmed",
            "confirmed", "unreviewed", "confirmed",
        ]  # fmt: skip
        assert project.confirm_at_least(0.85) == 0
        project.undo()
        assert [b.status for b in project.beads()].count("confirmed") == 0


async def test_confirm_by_score_dialog_and_one_undo(path):
    async with Run(path) as run:
        await run.press("c")
        assert "5 unreviewed beads" in str(run.app.screen.query_one("#threshold-count").render())
        await run.press(*"0.9")  # typing replaces the proposed 0.8
        assert "4 unreviewed beads" in str(run.app.screen.query_one("#threshold-count").render())
        await run.press("enter")
        assert [b.status for b in run.app.screen.rows].count("confirmed") == 4
        assert "Confirmed 4 beads" in messages(run.app)[-1]
        await run.press("u")
        assert [b.status for b in run.app.screen.rows].count("confirmed") == 0


# -- moving by doubt and review state -------------------------------------------------------------


async def test_previous_doubtful_and_unreviewed(tmp_path):
    path = tmp_path / "doubts.bitext"
    scores = [0.95, 0.4, 0.3, 0.85, 0.9, 0.6, 0.9]
    make_project(
        path, beads=[(n, m, s) for (n, m, _), s in zip(BEADS, scores, strict=True)]
    ).close()
    async with Run(path) as run:
        await run.press("end", "D")
        assert run.cursor == 2
        await run.press("D")
        assert run.cursor == 1
        await run.press("d")
        assert run.cursor == 2
        await run.press("home", "enter", "enter", "home", "right_square_bracket")
        assert run.cursor == 2
        await run.press("left_square_bracket")
        assert run.cursor == 6  # round the start


# -- notes and bookmarks --------------------------------------------------------------------------


async def test_note_on_a_bead_saved_and_undone(path):
    async with Run(path) as run:
        await run.press("down", "N", *"check date", "ctrl+s")
        assert beads(path)[1].note == "check date"
        await run.press("u")
    assert beads(path)[1].note == ""


async def test_bookmarks_toggle_jump_and_survive_reopening(path):
    async with Run(path) as run:
        await run.press("down", "down", "b", "end", "b", "home", "B")
        assert run.cursor == 2
        await run.press("B")
        assert run.cursor == 6
        drawn = [run.app.screen.query_one(BeadList).render_line(y).text for y in range(1, 27)]
        assert sum(line.count("⚑") for line in drawn) == 2
    with Project.open(path) as project:
        assert project.bookmarked_positions() == [2, 6]
        project.merge_next(1)  # the bookmark goes with the merged bead
        assert project.bookmarked_positions() == [1, 5]
    async with Run(path) as run:
        await run.press("g", "2", "enter", "b")
        assert not run.app.screen.rows[1].bookmark
        await run.press("u")
        assert run.app.screen.rows[1].bookmark


# -- search ---------------------------------------------------------------------------------------


async def test_regex_search_previous_match_and_count(path):
    async with Run(path) as run:
        await run.press("slash", *"M(insk|oscow)", "ctrl+r", "enter")
        assert run.cursor == 3
        assert "Match 1 of 2" in messages(run.app)[-1]
        await run.press("n")
        assert run.cursor == 6 and "Match 2 of 2" in messages(run.app)[-1]
        await run.press("p")
        assert run.cursor == 3


async def test_bad_regex_keeps_the_dialog_open_with_the_reason(path):
    async with Run(path) as run:
        await run.press("slash", *"(Minsk", "ctrl+r", "enter")
        error = str(run.app.screen.query_one("#search-error").render())
        assert "regular expression" in error
        await run.press("escape")
        assert run.app.screen is run.app.review
