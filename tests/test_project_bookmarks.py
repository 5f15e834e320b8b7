"""Bookmarks and bulk confirmation in the project API, and the file before bookmarks existed."""

from __future__ import annotations

import json
import sqlite3

import pytest
from review_support import make_project

from aligner.errors import BitextError
from aligner.project import SCHEMA_VERSION, Project
from aligner.project import schema as schema_mod


def test_bookmark_is_one_step_kept_through_split_and_detach(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        p.set_bookmark(5)  # the 1-2 bead
        p.set_bookmark(5)  # already set: no second step
        assert p.bookmarked_positions() == [5] and p.undo_label == "bookmark"
        p.split(5, 1, 1)
        assert p.bookmarked_positions() == [5]  # the first part keeps it, like the note
        p.undo()
        p.insert_empty(5, "tgt")
        assert p.bookmarked_positions() == [5]
        p.undo()
        p.set_bookmark(p.beads()[5], on=False)
        assert p.bookmarked_positions() == []
        p.undo()
        assert p.beads()[5].bookmark


def test_confirm_at_least_refuses_a_bad_threshold(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        for bad in (1.5, -0.1, "0.8", True):
            with pytest.raises(BitextError, match="threshold"):
                p.confirm_at_least(bad)
        assert not p.can_undo


def test_file_from_before_bookmarks_is_migrated_and_its_history_still_undoes(tmp_path, monkeypatch):
    path = tmp_path / "p.bitext"
    before = schema_mod.MIGRATIONS.index(schema_mod._BOOKMARKS)
    original = schema_mod.migrate
    monkeypatch.setattr(
        "aligner.project.lifecycle.migrate", lambda db, target=before: original(db, target)
    )
    monkeypatch.setattr(
        "aligner.project.base.BEAD_COLUMNS",
        "id, src_start, src_stop, tgt_start, tgt_stop, score, status, note, changed",
    )
    make_project(path).close()
    monkeypatch.undo()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == before
    db.close()
    with Project.open(path) as p:
        assert p.info()["schema_version"] == SCHEMA_VERSION
        p.merge_next(0)
        # a step as a bitext without bookmarks wrote it: bead records with no such field
        step_id, change = p._db.execute("SELECT id, change FROM history").fetchone()
        data = json.loads(change)
        for rec in data["before"] + data["after"]:
            del rec["bookmark"]
        p._db.execute("UPDATE history SET change = ? WHERE id = ?", (json.dumps(data), step_id))
        p.set_bookmark(1)
        assert p.undo_label == "bookmark"
        p.undo()
        p.undo()
        assert [b.kind for b in p.beads()][:2] == ["1-1", "1-1"]
        assert p.bookmarked_positions() == []
