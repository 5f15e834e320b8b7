"""The project file: creation, reading, edit operations, undo/redo, errors."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import DE, EN, KINDS, alignment, document, make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.project import SCHEMA_VERSION, Project  # noqa: E402
from aligner.project import schema as schema_mod  # noqa: E402


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path / "p.bitext") as p:
        yield p


def kinds(p: Project) -> list[str]:
    return [b.kind for b in p.beads()]


def state(p: Project):
    beads = [(b.id, b.src, b.tgt, b.status, b.note, b.score) for b in p.beads()]
    return beads, p.segment_texts("src"), p.segment_texts("tgt")


def test_create_and_read_back(project):
    assert len(project) == 5
    assert project.src_lang == "de" and project.tgt_lang == "en"
    beads = project.beads()
    assert [b.position for b in beads] == list(range(5))
    assert beads[3].source == DE[3]
    assert beads[3].target == f"{EN[3]} {EN[4]}"
    assert beads[3].tgt_texts == EN[3:5]
    assert project.bead(3) == beads[3]
    assert project.segment_texts("src") == DE
    assert project.document("src").text == " ".join(DE)
    project.check()


def test_pairs_dataframe(project):
    df = project.pairs()
    assert list(df["kind"]) == ["1-1", "1-1", "1-1", "1-2", "1-1"]
    assert df.loc[3, "tgt_ids"] == [3, 4]
    assert df.loc[0, "source"] == DE[0]
    assert set(df["status"]) == {"unreviewed"}
    assert {"position", "id", "src_ids", "source", "target", "score", "note"} <= set(df.columns)


def test_create_refuses_existing_file_and_bad_alignment(tmp_path):
    target = tmp_path / "p.bitext"
    target.write_text("keep me")
    with pytest.raises(BitextError, match="exists"):
        make_project(target)
    assert target.read_text() == "keep me"
    with pytest.raises(BitextError, match="alignment"):
        make_project(tmp_path / "q.bitext", kinds=[(1, 1)] * 5)
    assert not (tmp_path / "q.bitext").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["p.bitext"]  # no temp files left
    make_project(target, overwrite=True).close()
    with Project.open(target) as p:
        assert len(p) == 5


def test_status_and_notes(project):
    project.confirm(0)
    project.reject(1)
    project.set_status(2, "confirmed")
    project.set_note(1, "check the date")
    assert [b.status for b in project.beads()][:3] == ["confirmed", "rejected", "confirmed"]
    assert project.bead(1).note == "check the date"
    assert project.progress() == {"unreviewed": 2, "confirmed": 2, "rejected": 1, "total": 5}
    with pytest.raises(BitextError, match="status"):
        project.set_status(0, "maybe")


def test_merge_keeps_first_id_and_resets_status(project):
    ids = [b.id for b in project.beads()]
    project.confirm(1)
    project.set_note(1, "a")
    project.set_note(2, "b")
    project.merge_next(1)
    b = project.bead(1)
    assert (b.src, b.tgt, b.id) == (range(1, 3), range(1, 3), ids[1])
    assert b.status == "unreviewed" and b.note == "a\nb"
    assert kinds(project) == ["1-1", "2-2", "1-2", "1-1"]
    project.check()


def test_split(project):
    project.split(3, 1, 1)
    assert kinds(project) == ["1-1", "1-1", "1-1", "1-1", "0-1", "1-1"]
    new = project.bead(4)
    assert new.tgt == range(4, 5) and new.src == range(4, 4)
    assert new.id not in {b.id for i, b in enumerate(project.beads()) if i != 4}
    project.check()


@pytest.mark.parametrize(
    ("at", "message"), [((0, 0), "at 0"), ((1, 2), "at the end"), ((2, 0), "out of range")]
)
def test_split_nonsense_changes_nothing(project, at, message):
    before = state(project)
    with pytest.raises(BitextError, match=message):
        project.split(3, *at)
    assert state(project) == before
    assert not project.can_undo


def test_move_first_and_last(project):
    project.move(3, "tgt", "last")  # "They took to the streets." joins the last bead
    assert kinds(project) == ["1-1", "1-1", "1-1", "1-1", "1-2"]
    assert project.bead(4).target == f"{EN[4]} {EN[5]}"
    project.move(4, "tgt", "first")
    assert kinds(project) == ["1-1", "1-1", "1-1", "1-2", "1-1"]
    project.move(1, "src", "first")
    assert kinds(project) == ["2-1", "0-1", "1-1", "1-2", "1-1"]
    project.check()


def test_move_that_empties_a_bead_removes_it(project):
    project.insert_empty(1, "src")  # 1-0 then 0-1
    assert kinds(project) == ["1-1", "1-0", "0-1", "1-1", "1-2", "1-1"]
    project.move(2, "tgt", "first")  # the 0-1 bead's only sentence goes back
    assert kinds(project) == ["1-1", "1-1", "1-1", "1-2", "1-1"]
    assert len(project) == 5
    project.check()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: p.merge_next(4), "last bead"),
        (lambda p: p.move(0, "src", "first"), "no previous"),
        (lambda p: p.move(4, "tgt", "last"), "no next"),
        (lambda p: p.move(1, "middle", "last"), "side"),
        (lambda p: p.move(1, "src", "both"), "edge"),
        (lambda p: p.bead(5), "no bead"),
        (lambda p: p.confirm(-1), "no bead"),
        (lambda p: p.edit("src", 99, "x"), "no src segment"),
    ],
)
def test_nonsense_operations_raise_and_change_nothing(project, call, message):
    before = state(project)
    with pytest.raises(BitextError, match=message):
        call(project)
    assert state(project) == before
    assert not project.can_undo


def test_move_from_empty_side_and_detach_one_sided(project):
    project.insert_empty(0, "tgt")  # 1-0, 0-1
    before = state(project)
    with pytest.raises(BitextError, match="empty"):
        project.move(1, "src", "last")
    with pytest.raises(BitextError, match="only one side"):
        project.insert_empty(1, "src")
    assert state(project) == before


def test_edit_keeps_original_and_undoes(project):
    project.edit("tgt", 3, "Many said: “That’s enough”.")
    assert project.segment_texts("tgt")[3] == "Many said: “That’s enough”."
    assert project.original_text("tgt", 3) == EN[3]
    assert project.bead(3).target.startswith("Many said: “That’s")
    assert project.bead(3).edited
    assert project.undo_label == "edit"
    assert project.undo()
    assert project.segment_texts("tgt") == EN
    assert project.redo()
    assert project.segment_texts("tgt")[3].endswith("enough”.")
    project.edit("tgt", 3, EN[3])  # back to the original: no longer marked edited
    assert project.edited_segments("tgt") == set()


def test_undo_redo_and_new_edit_drops_redo(project):
    start = state(project)
    project.merge_next(0)
    project.confirm(0)
    after = state(project)
    assert project.undo() and project.undo()
    assert state(project) == start
    assert not project.undo()
    assert project.redo() and project.redo()
    assert state(project) == after
    assert not project.redo()
    project.undo()
    project.reject(2)
    assert not project.can_redo


def test_history_survives_restart(tmp_path):
    path = tmp_path / "p.bitext"
    with make_project(path) as p:
        start = state(p)
        p.split(3, 1, 1)
        p.confirm(0)
    with Project.open(path) as p:
        assert p.can_undo and p.undo_label == "confirmed"
        p.undo()
        p.undo()
        assert state(p) == start
    with Project.open(path) as p:
        assert p.redo_label == "split"


def test_open_errors(tmp_path):
    with pytest.raises(BitextError, match="no such project"):
        Project.open(tmp_path / "missing.bitext")
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(BitextError, match="not a bitext project"):
        Project.open(text)
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(BitextError, match="another kind"):
        Project.open(other)


def test_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    data = path.read_bytes()
    with pytest.raises(BitextError, match="newer bitext"):
        Project.open(path)
    assert path.read_bytes() == data


def test_old_schema_is_migrated(tmp_path, monkeypatch):
    path = tmp_path / "p.bitext"
    # Build a version-1 file: the schema before glossary storage existed.
    monkeypatch.setattr(schema_mod, "SCHEMA_VERSION", 1)
    original = schema_mod.migrate
    monkeypatch.setattr(
        "aligner.project.lifecycle.migrate", lambda db, target=1: original(db, target)
    )
    make_project(path).close()
    monkeypatch.undo()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not db.execute("SELECT name FROM sqlite_master WHERE name = 'glossary'").fetchall()
    db.close()
    data = path.read_bytes()
    with Project.open(path, readonly=True) as p:  # upgraded in memory: the file stays as it was
        assert len(p) == 5 and p.glossary_records() == []
        assert p.info()["schema_version"] == SCHEMA_VERSION
    assert path.read_bytes() == data
    with Project.open(path) as p:
        assert p.info()["schema_version"] == SCHEMA_VERSION
        assert len(p) == 5
        p.save_glossary_records([{"id": 1, "canonical": "Lukaschenko", "status": "new"}])
        assert p.glossary_records()[0]["canonical"] == "Lukaschenko"


def test_readonly(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    with Project.open(path, readonly=True) as p:
        assert p.readonly and len(p) == 5
        with pytest.raises(BitextError, match="read-only"):
            p.confirm(0)
    if os.geteuid() != 0:  # root may write any file
        path.chmod(0o444)
        with Project.open(path) as p:
            assert p.readonly
            assert p.beads()[0].source == DE[0]


def test_file_settings(project):
    db = sqlite3.connect(project.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert project._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert project._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_glossary_records_round_trip(project):
    records = [
        {
            "id": "lukaschenko",
            "canonical": "Lukaschenko",
            "status": "confirmed",
            "variants": ["Lukasenko", "Łukaszenka", "Лукашенко"],
            "count": 12,
        },
        {"id": "minsk", "canonical": "Minsk", "status": "new", "variants": []},
    ]
    project.save_glossary_records(records)
    assert project.glossary_records() == records
    project.save_glossary_records(records[1:])
    assert project.glossary_records() == records[1:]
    with pytest.raises(BitextError, match="lacks canonical"):
        project.save_glossary_records([{"id": 1, "status": "new"}])
    with pytest.raises(BitextError, match="twice"):
        project.save_glossary_records([records[1], records[1]])
    assert project.glossary_records() == records[1:]


def test_info(project):
    project.confirm(0)
    project.edit("src", 0, "Lukaschenko herrscht seit 1994.")
    info = project.info()
    assert info["src_lang"] == "de" and info["tgt_lang"] == "en"
    assert info["documents"]["src"]["segments"] == 5
    assert info["documents"]["tgt"]["segments"] == 6
    assert info["documents"]["src"]["edited"] == 1
    assert info["bead_types"] == {"1-1": 4, "1-2": 1}
    assert info["progress"]["confirmed"] == 1
    assert info["history"] == {"undo": 2, "redo": 0}


def test_empty_sides_in_created_alignment(tmp_path):
    with make_project(tmp_path / "p.bitext", kinds=[(1, 1), (1, 0), (0, 1), (2, 1), (1, 3)]) as p:
        assert kinds(p) == ["1-1", "1-0", "0-1", "2-1", "1-3"]
        assert p.bead(1).target == "" and p.bead(2).source == ""
        p.check()


def test_document_helper_spans():
    doc, segs = document(DE, "de")
    assert [doc.text[s.start : s.end] for s in segs] == DE
    assert alignment(KINDS).n_tgt == len(EN)


def test_position_of_follows_a_bead_through_edits(project):
    last = project.bead(4).id
    assert project.position_of(last) == 4
    project.merge_next(0)
    assert project.position_of(last) == 3
    project.split(0, 1, 1)
    project.insert_empty(0, "tgt")
    assert project.position_of(last) == 5
    gone = project.bead(1).id
    project.merge_next(0)
    with pytest.raises(BitextError, match="no bead with id"):
        project.position_of(gone)


def test_set_status_many_is_one_undo_step(project):
    project.confirm(1)
    assert project.set_status_many([0, 1, 2, 2], "confirmed") == 2
    assert [b.status for b in project.beads()][:3] == ["confirmed"] * 3
    assert project.undo_label == "confirmed 2"
    project.undo()
    assert [b.status for b in project.beads()][:3] == ["unreviewed", "confirmed", "unreviewed"]
    before = state(project)
    with pytest.raises(BitextError, match="no bead at position 9"):
        project.set_status_many([0, 9], "rejected")
    assert state(project) == before
