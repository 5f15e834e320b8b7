"""Pilot tests of the review app: every operation, checked in the project file afterwards."""

from __future__ import annotations

import io
import sqlite3

import pytest
from review_support import make_project
from rich.console import Console

from aligner.cli import main
from aligner.project import Project
from aligner.review import ReviewApp
from aligner.review.keymap import KEYS, display
from aligner.review.screens.help import HelpScreen, key_table
from aligner.review.screens.main import ReviewScreen
from aligner.review.screens.too_small import TooSmallScreen
from aligner.review.widgets import BeadList

SIZE = (100, 30)


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "sample.bitext"
    make_project(p).close()
    return p


async def drive(path, *keys: str, readonly: bool = False, size=SIZE, check=None):
    """Open the project, press ``keys`` in the app, run ``check(app)``, close everything."""
    with Project.open(path, readonly=readonly) as project:
        app = ReviewApp(project)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            if check is not None:
                check(app)
            return cursor(app)


def cursor(app) -> int | None:
    return app.screen.query_one(BeadList).current if isinstance(app.screen, ReviewScreen) else None


def reopened(path) -> Project:
    return Project.open(path, readonly=True)


def kinds(path) -> list[str]:
    with reopened(path) as project:
        return [f"{len(b.src)}-{len(b.tgt)}" for b in project.beads()]


def statuses(path) -> list[str]:
    with reopened(path) as project:
        return [b.status for b in project.beads()]


async def test_confirm_moves_on_and_reject_and_unreview(path):
    assert await drive(path, "enter", "x") == 2
    assert statuses(path)[:3] == ["confirmed", "rejected", "unreviewed"]
    assert await drive(path) == 2  # reopening resumes at the first unreviewed bead
    await drive(path, "up", "period")
    assert statuses(path)[:2] == ["confirmed", "unreviewed"]


async def test_space_confirms_too(path):
    await drive(path, "space", "space")
    assert statuses(path)[:3] == ["confirmed", "confirmed", "unreviewed"]


async def test_merge_with_next(path):
    await drive(path, "m")
    assert kinds(path) == ["2-2", "1-1", "1-1", "1-1", "1-2", "1-1"]


async def test_merge_last_bead_is_refused_and_changes_nothing(path):
    notes = []
    await drive(path, "end", "m", check=lambda app: notes.extend(app._notifications))
    assert len(kinds(path)) == 7
    assert any(n.severity == "error" for n in notes)


async def test_split_with_dialog(path):
    # bead 6 is 1-2: keep 1 source and 1 target sentence in the first part
    await drive(path, "g", "6", "enter", "s", "enter", "enter")
    assert kinds(path)[5:] == ["1-1", "0-1", "1-1"]


async def test_split_dialog_cancel_changes_nothing(path):
    await drive(path, "s", "escape")
    assert len(kinds(path)) == 7


@pytest.mark.parametrize(
    ("key", "start", "expected"),
    [
        ("1", 1, ["2-1", "0-1"]),  # first source sentence of bead 2 up into bead 1
        ("2", 0, ["0-1", "2-1"]),  # last source sentence of bead 1 down into bead 2
        ("3", 1, ["1-2", "1-0"]),  # first target sentence of bead 2 up
        ("4", 0, ["1-0", "1-2"]),  # last target sentence of bead 1 down
    ],
)
async def test_move_sentences(path, key, start, expected):
    await drive(path, *["down"] * start, key)
    assert kinds(path)[:2] == expected


async def test_insert_empty_sides(path):
    await drive(path, "down", "down", "down", "down", "down", "i", "y")
    assert kinds(path)[5:] == ["1-0", "0-2", "1-1"]


async def test_edit_keeps_original(path):
    async def run():
        with Project.open(path) as project:
            app = ReviewApp(project)
            async with app.run_test(size=SIZE) as pilot:
                await pilot.press("e")
                await pilot.pause()
                area = app.screen.query_one("#edit-text")
                area.text = "Alexander Lukaschenko herrscht seit 1994."
                await pilot.press("ctrl+s")
                await pilot.pause()

    await run()
    with reopened(path) as project:
        assert project.segment_texts("src")[0] == "Alexander Lukaschenko herrscht seit 1994."
        assert project.original_text("src", 0).startswith("Alexander Lukaschenko regiert")


async def test_edit_target_sentence_chosen_in_dialog(path):
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("e")
            await pilot.pause()
            app.screen.query_one("#edit-which").value = 1  # the bead's target sentence
            await pilot.pause()
            area = app.screen.query_one("#edit-text")
            assert area.text.startswith("Alexander Lukashenko")
            area.text = "Lukashenko has ruled since 1994."
            await pilot.press("ctrl+s")
            await pilot.pause()
    with reopened(path) as project:
        assert project.segment_texts("tgt")[0] == "Lukashenko has ruled since 1994."
        assert project.segment_texts("src")[0].startswith("Alexander Lukaschenko regiert")


async def test_undo_redo_survive_restart(path):
    await drive(path, "m", "down", "enter")
    assert kinds(path)[0] == "2-2"
    await drive(path, "u")  # undoes the confirmation
    assert statuses(path)[1] == "unreviewed"
    await drive(path, "ctrl+z")  # undoes the merge, in a new session
    assert kinds(path)[0] == "1-1"
    await drive(path, "r")
    assert kinds(path)[0] == "2-2"


async def test_undo_with_nothing_to_undo_says_so(path):
    notes = []
    await drive(path, "u", check=lambda app: notes.extend(n.message for n in app._notifications))
    assert any("Nothing to undo" in n for n in notes)


async def test_search_source_target_and_next(path):
    assert await drive(path, "slash", *"minsk", "enter") == 3

    # "Moscow" only in the target: searching the source finds nothing, the cursor stays
    async def search(app_keys):
        return await drive(path, *app_keys)

    assert await search(["slash", *"Moscow", "enter"]) == 6
    assert await search(["slash", *"Europ", "enter", "n"]) == 1  # one match: n wraps to it

    def cleared(app):
        assert app.screen.query_one(BeadList).search is None

    await drive(path, "slash", *"Minsk", "enter", "escape", check=cleared)


async def test_search_side_restricts(path):
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash")
            await pilot.pause()
            app.screen.query_one("#search-side").value = "src"
            for key in "Moscow":
                await pilot.press(key)
            await pilot.press("enter")
            await pilot.pause()
            assert cursor(app) == 0  # not found in the source
            await pilot.press("slash")
            await pilot.pause()
            app.screen.query_one("#search-side").value = "tgt"
            await pilot.press("enter")
            await pilot.pause()
            assert cursor(app) == 6


async def test_goto_and_invalid_number(path):
    assert await drive(path, "g", "5", "enter") == 4

    def still_open(app):
        assert "1 to 7" in str(app.screen.query_one("#goto-error").render())

    await drive(path, "g", "9", "9", "enter", check=still_open)


async def test_next_doubtful_and_filter(path):
    assert await drive(path, "d") == 2  # the low-score bead

    def only_doubtful(app):
        beads = app.screen.query_one(BeadList)
        assert beads.view == [2]
        assert beads.current == 2

    await drive(path, "f", check=only_doubtful)
    # confirming the doubtful bead empties the filtered view and is saved
    await drive(path, "f", "enter", check=lambda app: assert_shown(app, 0))
    assert statuses(path)[2] == "confirmed"
    notes = []
    await drive(path, "d", check=lambda app: notes.extend(n.message for n in app._notifications))
    assert any("No doubtful" in n for n in notes)


def assert_shown(app, n):
    assert app.screen.query_one(BeadList).shown == n


async def test_glossary_names_highlighted_approved_and_added(path):
    with Project.open(path) as project:
        project.save_glossary_records(
            [
                {
                    "id": "e1",
                    "canonical": "Lukashenko",
                    "status": "candidate",
                    "variants": [{"form": "Lukaschenko", "lang": "de"}, {"form": "Лукашенко"}],
                }
            ]
        )

    def highlighted(app):
        names = app.screen.query_one(BeadList).names
        assert names.search("Alexander Lukaschenkos Regime")
        assert not names.search("Minsk")

    await drive(path, check=highlighted)
    await drive(path, "a", "enter")  # the first option approves the candidate
    with reopened(path) as project:
        assert project.glossary_records()[0]["status"] == "approved"
    await drive(path, "down", "down", "down", "a", "tab", *"Minsk", "enter")
    with reopened(path) as project:
        records = project.glossary_records()
    assert [r["canonical"] for r in records] == ["Lukashenko", "Minsk"]
    assert records[1]["status"] == "approved"
    assert records[1]["variants"][0]["form"] == "Minsk"


async def test_names_without_glossary_skip_highlighting(path):
    await drive(path, check=lambda app: _no_names(app))


def _no_names(app):
    assert app.screen.query_one(BeadList).names is None


async def test_help_screen_lists_every_key(path):
    def check(app):
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(key_table())
        text = console.export_text()
        for key in KEYS:
            assert key.help in text and display(key.keys) in text

    await drive(path, "question_mark", check=check)
    await drive(path, "f1", "escape", check=lambda app: isinstance(app.screen, ReviewScreen))


async def test_command_palette_offers_and_runs_every_action(path):
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            titles = {c.title for c in app.get_system_commands(app.screen)}
            assert {k.title for k in KEYS if k.action != "quit"} <= titles
            await pilot.press("ctrl+p")
            await pilot.pause()
            for key in "Merge":
                await pilot.press(key)
            await pilot.pause(0.3)
            await pilot.press("enter")
            await pilot.pause()
    assert kinds(path)[0] == "2-2"


async def test_readonly_project_says_so_and_changes_nothing(path):
    def check(app):
        assert "READ-ONLY" in str(app.screen.query_one("#status").render())
        assert any("read-only" in n.message for n in app._notifications)

    await drive(path, "enter", "m", "u", readonly=True, check=check)
    assert statuses(path) == ["unreviewed"] * 7
    assert len(kinds(path)) == 7


async def test_terminal_too_small_shows_message_then_recovers(path):
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=(40, 8)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, TooSmallScreen)
            assert "too small" in str(app.screen.query_one("#too-small").render())
            await pilot.resize_terminal(100, 30)
            await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("enter")
            await pilot.pause()
    assert statuses(path)[0] == "confirmed"


async def test_large_project_scrolls_to_the_end_and_back(tmp_path):
    from review_support import big_project

    p = tmp_path / "big.bitext"
    big_project(p, 3000).close()

    def check_end(app):
        beads = app.screen.query_one(BeadList)
        assert beads.current == 2999
        beads._render_screen()
        assert 2999 in beads._line_owner  # the cursor bead is on screen

    await drive(p, "end", check=check_end)
    assert await drive(p, "pagedown", "pagedown", "pageup") > 3
    await drive(p, "end", "enter")
    with reopened(p) as project:
        assert project.bead(2999).status == "confirmed"


def test_cli_missing_file(tmp_path, capsys):
    assert main(["review", str(tmp_path / "nope.bitext")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bitext: error: ") and err.count("\n") == 1


def test_cli_not_a_project(tmp_path, capsys):
    p = tmp_path / "text.bitext"
    p.write_text("hello")
    assert main(["review", str(p)]) == 2
    assert "not a bitext project" in capsys.readouterr().err


def test_cli_newer_version(path, capsys):
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 999")
    assert main(["review", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bitext: error: ") and "Traceback" not in err


@pytest.mark.parametrize("fmt", ["tmx", "csv", "tsv", "moses", "svg"])
async def test_export_in_every_format(path, fmt):
    """The dialog offers each format of ``bitext export``; the file name follows the choice."""

    async def run():
        with Project.open(path, readonly=True) as project:  # export works read-only too
            app = ReviewApp(project)
            async with app.run_test(size=SIZE) as pilot:
                await pilot.press("w")
                await pilot.pause()
                app.screen.query_one("#export-format").value = fmt
                app.screen.query_one("#export-statuses").value = "all"
                await pilot.pause()
                app.screen.query_one("#export-path").focus()
                await pilot.press("enter")
                await pilot.pause()
                return project.src_lang, project.tgt_lang

    src_lang, tgt_lang = await run()
    if fmt == "moses":
        src = path.with_suffix(f".{src_lang}").read_text(encoding="utf-8").splitlines()
        tgt = path.with_suffix(f".{tgt_lang}").read_text(encoding="utf-8").splitlines()
        assert len(src) == len(tgt) == 7
        assert any("Lukaschenko" in line for line in src)
        assert any("Lukashenko" in line for line in tgt)
        return
    text = path.with_suffix(f".{fmt}").read_text(encoding="utf-8-sig")
    if fmt == "svg":
        assert text.lstrip().startswith(("<?xml", "<svg")) and "</svg>" in text
        return
    assert "Lukaschenko" in text and "Lukashenko" in text
    if fmt == "tmx":
        assert text.count("<tu>") + text.count("<tu ") == 7
    elif fmt == "csv":
        import pandas as pd

        assert len(pd.read_csv(path.with_suffix(".csv"))) == 7
    else:
        assert len(text.splitlines()) == 7 and all(
            line.count("\t") == 1 for line in text.splitlines()
        )


async def test_export_to_missing_directory_reports_error(path):
    def check(app):
        assert any(n.severity == "error" for n in app._notifications)

    async def run():
        with Project.open(path) as project:
            app = ReviewApp(project)
            async with app.run_test(size=SIZE) as pilot:
                await pilot.press("w")
                await pilot.pause()
                app.screen.query_one("#export-path").value = str(path.parent / "no" / "x.tmx")
                await pilot.press("enter")
                await pilot.pause()
                check(app)

    await run()


def snapshot(rows) -> list[tuple]:
    return [(r.src, r.tgt, r.status, r.src_texts, r.tgt_texts) for r in rows]


@pytest.mark.parametrize("seed", range(3))
async def test_rows_on_screen_stay_equal_to_the_project(path, seed):
    """Random operations, undos and redos: the screen's rows always match a fresh read."""
    import random

    rng = random.Random(seed)
    keys = ["enter", "x", "period", "m", "1", "2", "3", "4", "i y", "u", "u", "r", "up", "down"]
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(40):
                await pilot.press(*rng.choice(keys).split())
                await pilot.pause()
                assert snapshot(app.screen.rows) == snapshot(project.beads())
            while project.can_undo:
                await pilot.press("u")
            await pilot.pause()
            assert snapshot(app.screen.rows) == snapshot(project.beads())
    with reopened(path) as project:
        assert [b.status for b in project.beads()] == ["unreviewed"] * 7
        assert len(project) == 7


async def test_undo_of_an_earlier_session_rereads_only_its_rows(path, monkeypatch):
    """History from a closed session: undo and redo re-read the rows they rewrote, no more."""
    with Project.open(path) as project:
        project.merge_next(2)
        project.edit("tgt", 6, "Thousands were beaten in Minsk.")
    reads = []
    full_read = Project.beads

    def counted(self, start=0, stop=None):
        rows = full_read(self, start, stop)
        reads.append(len(rows))
        return rows

    monkeypatch.setattr(Project, "beads", counted)
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            reads.clear()
            for key in ("u", "u", "r"):
                await pilot.press(key)
                await pilot.pause()
                assert snapshot(app.screen.rows) == snapshot(full_read(project))
            assert reads == [1, 2, 1]  # the edited bead, the merge's two beads, the merged one
            assert cursor(app) == 2


@pytest.mark.parametrize("seed", range(2))
async def test_lines_kept_after_an_edit_equal_a_fresh_drawing(path, seed):
    """Edits keep the wrapped lines of the rows before them; the screen must not go stale."""
    import random

    rng = random.Random(seed)
    keys = ["enter", "x", "m", "1", "4", "i y", "u", "r", "up", "down", "pageup"]
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            beads = app.screen.query_one(BeadList)
            for _ in range(25):
                await pilot.press(*rng.choice(keys).split())
                await pilot.pause()
                drawn = [beads.render_line(y).text for y in range(SIZE[1] - 3)]
                beads.invalidate()
                assert drawn == [beads.render_line(y).text for y in range(SIZE[1] - 3)]


async def test_large_project_first_screen_then_all_beads(tmp_path):
    from review_support import big_project

    from aligner.review.screens.main import FIRST_SCREEN

    p = tmp_path / "big.bitext"
    big_project(p, FIRST_SCREEN * 3).close()
    with Project.open(p) as project:
        for i in range(FIRST_SCREEN + 20):  # reviewed beyond the first screen
            project.confirm(i)
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(100):
                if not app.screen.unread:
                    break
                await pilot.pause(0.05)
            assert app.screen.unread == 0
            assert len(app.screen.rows) == FIRST_SCREEN * 3
            assert cursor(app) == FIRST_SCREEN + 20  # resumes at the first unreviewed bead
            assert "loading" not in str(app.screen.query_one("#status").render())


async def test_click_selects_a_bead_and_empty_filter_says_so(path):
    with Project.open(path) as project:
        project.confirm(2)  # no doubtful bead left
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            beads = app.screen.query_one(BeadList)
            beads._render_screen()
            y = beads._line_owner.index(4) + 1  # first line of bead 5, under the header
            await pilot.click(BeadList, offset=(20, y))
            await pilot.pause()
            assert beads.current == 4
            await pilot.press("f")
            await pilot.pause()
            assert beads.shown == 0
            assert "No doubtful beads left" in beads.render_line(2).text


async def test_unreadable_beads_stop_the_app_with_the_error(path, monkeypatch):
    """A project error while loading (e.g. a locked file) ends the app, not in a traceback."""
    from aligner.errors import BitextError

    def busy(self):
        raise BitextError("the project is busy (locked by another program)", str(path))

    monkeypatch.setattr(Project, "beads", busy)
    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
        assert app.failure is not None and "busy" in app.failure.message
        assert app.return_code == 2


async def test_edit_dialog_shows_original_of_an_edited_sentence(path):
    with Project.open(path) as project:
        project.edit("src", 0, "Lukaschenko herrscht.")
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("e")
            await pilot.pause()
            original = app.screen.query_one("#edit-original")
            assert original.display
            assert "regiert Belarus seit 1994" in str(original.render())
            assert "Lukashenko has ruled" in str(app.screen.query_one("#edit-context").render())
            await pilot.press("escape")
            await pilot.pause()
            assert "✎" in app.screen.query_one(BeadList).render_line(1).text
    with reopened(path) as project:
        assert project.segment_texts("src")[0] == "Lukaschenko herrscht."
