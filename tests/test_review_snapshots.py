"""Snapshots of the review app at a fixed size: main screen, help screen, edit dialog.

Baselines live in tests/__snapshots__/; regenerate them with
``pytest tests/test_review_snapshots.py --snapshot-update`` after a deliberate change.
"""

from __future__ import annotations

import pytest
from review_support import make_project

from aligner.project import Project
from aligner.review import ReviewApp

SIZE = (110, 30)


@pytest.fixture
def app(tmp_path):
    path = tmp_path / "sample.bitext"
    make_project(path).close()
    with Project.open(path) as project:
        project.save_glossary_records(
            [
                {
                    "id": 1,
                    "canonical": "Lukashenko",
                    "status": "approved",
                    "variants": [{"form": "Lukaschenko"}],
                }
            ]
        )
        project.confirm(0)
        project.reject(1)
        yield ReviewApp(project)


async def no_blink(pilot) -> None:
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause()


def test_main_screen(snap_compare, app):
    assert snap_compare(app, press=["down", "down"], terminal_size=SIZE)


def test_help_screen(snap_compare, app):
    assert snap_compare(app, press=["question_mark"], terminal_size=SIZE)


def test_edit_dialog(snap_compare, app):
    async def open_edit(pilot):
        await pilot.press("e")
        await pilot.pause()
        await no_blink(pilot)

    assert snap_compare(app, run_before=open_edit, terminal_size=SIZE)
