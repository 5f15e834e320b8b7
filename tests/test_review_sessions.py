"""The review app on a shared project: two instances on one file, the glossary in the history.

Both instances run in one test through Textual's pilot, each with its own
project handle (its own SQLite connection, as a second process would have).
"""

from __future__ import annotations

import asyncio

import pytest
from review_support import make_project

from aligner.errors import BitextError
from aligner.project import Project
from aligner.review import ReviewApp
from aligner.review.screens import main as main_screen
from aligner.review.widgets import BeadList

SIZE = (100, 30)


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "sample.bitext"
    make_project(p).close()
    return p


def shown(app) -> list[tuple[int, str, str]]:
    return [(r.id, r.kind, r.status) for r in app.screen.rows]


async def test_a_second_session_never_makes_the_app_confirm_the_wrong_bead(path, monkeypatch):
    # Textual runs one app per event loop, so the other reviewer works through the
    # API on a connection of their own, calling what their app would call.
    monkeypatch.setattr(main_screen, "POLL_SECONDS", 3600)  # the test says when A looks
    with Project.open(path, author="anna") as pa, Project.open(path, author="ben") as pb:
        a = ReviewApp(pa)
        async with a.run_test(size=SIZE) as pilot:
            await pilot.pause()
            pb.merge_next(pb.beads()[1])  # B merges beads 1 and 2
            await pilot.press("down", "enter")  # A, not yet refreshed, confirms its bead 1
            await pilot.pause()
            assert [r.status for r in pb.beads()] == ["unreviewed"] * 6  # refused, not misplaced
            assert shown(a) == [(r.id, r.kind, r.status) for r in pb.beads()]  # A re-read
            await pilot.press("u")  # A has nothing of its own to undo: B's merge stays
            await pilot.pause()
            assert len(pa) == 6
            pb.confirm(pb.beads()[1])  # B confirms the merged bead
            a.screen.poll_others()  # what the app's timer does every second
            assert shown(a)[1] == (pb.bead(1).id, "2-2", "confirmed")
            assert a.screen.query_one(BeadList).current == 1  # the cursor kept its bead
            await pilot.press("down", "enter")  # now A confirms what it shows
            await pilot.pause()
            assert [r.status for r in pb.beads()][1:3] == ["confirmed", "confirmed"]


async def test_adding_a_name_then_undo_removes_the_name(path):
    with Project.open(path) as project:
        project.edit("tgt", 0, "Alexander Lukashenko rules Belarus.")
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("down", "down", "down", "a", "tab", *"Minsk", "enter")
            await pilot.pause()
            assert [r["canonical"] for r in project.glossary_records()] == ["Minsk"]
            assert app.screen.query_one(BeadList).names.search("in Minsk")
            await pilot.press("u")
            await pilot.pause()
            assert project.glossary_records() == []
            assert app.screen.query_one(BeadList).names is None
            assert project.segment_texts("tgt")[0] == "Alexander Lukashenko rules Belarus."
            assert app.screen.query_one(BeadList).current == 3  # undo did not move the cursor


async def test_a_project_error_in_any_handler_ends_the_app_with_exit_2(path, monkeypatch):
    def damaged(self):
        raise BitextError("damaged project file (database disk image is malformed)", str(path))

    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            monkeypatch.setattr(Project, "progress", damaged)
            # Enter: the confirm is saved, redrawing the status bar fails. (Pressed
            # through the app's queue: the pilot would wait on the closing app.)
            app.call_later(app.screen.action_confirm)
            for _ in range(50):
                await asyncio.sleep(0.05)
                if app.return_code is not None:
                    break
        assert app.failure is not None and "damaged project file" in app.failure.message
        assert app.return_code == 2


async def test_a_copy_of_the_file_after_every_key_holds_the_work(path, tmp_path):
    import shutil
    import sqlite3

    def beads(file) -> list:
        db = sqlite3.connect(f"{file.resolve().as_uri()}?immutable=1", uri=True)
        try:
            return db.execute(
                "SELECT id, src_start, tgt_start, status FROM bead ORDER BY id"
            ).fetchall()
        finally:
            db.close()

    with Project.open(path) as project:
        app = ReviewApp(project)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            for n, key in enumerate(["enter", "enter", "x", "m", "u", "i"]):
                await pilot.press(key)
                await pilot.pause()
                copy = tmp_path / f"copy{n}.bitext"
                shutil.copyfile(path, copy)  # the file alone, while the app stays open
                with Project.open(path, readonly=True) as now:
                    expected = sorted(
                        (r.id, r.src.start, r.tgt.start, r.status) for r in now.beads()
                    )
                assert beads(copy) == expected, key
