"""Two sessions on one project: edits by stable id, news of each other, undo of one's own steps.

Two ``Project`` handles on one file are two SQLite connections, as two
processes would have; the cases that depend on a process ending use real
subprocesses.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import DE, make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.project import Project, StaleBeadError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    return path


def test_an_edit_by_row_reaches_the_bead_the_caller_saw(path):
    with Project.open(path, author="anna") as a, Project.open(path, author="ben") as b:
        seen = a.beads()  # A's screen
        b.insert_empty(0, "src")  # B detaches bead 0: every position after it shifts
        a.confirm(seen[2])  # A confirms what A saw at row 2, now at position 3
        assert b.bead(3).source == DE[2] and b.bead(3).status == "confirmed"
        assert b.bead(2).status == "unreviewed"


def test_an_edit_of_a_bead_changed_meanwhile_is_refused(path):
    with Project.open(path) as a, Project.open(path) as b:
        seen = a.beads()
        b.merge_next(seen[1])  # the merged bead keeps id of row 1 but holds more sentences
        with pytest.raises(StaleBeadError, match="holds other sentences"):
            a.confirm(seen[1])
        with pytest.raises(StaleBeadError, match="no longer in the project"):
            a.confirm(seen[2])  # merged away
        assert b.progress()["confirmed"] == 0
        a.confirm(a.bead_with_id(seen[1].id))  # after reading again it works
        assert b.bead(1).status == "confirmed"


def test_changes_by_another_connection_are_noticed_once(path):
    with Project.open(path) as a, Project.open(path) as b:
        assert not a.changed_by_others()
        a.confirm(0)
        assert not a.changed_by_others()  # its own change is no news
        assert b.changed_by_others()
        assert not b.changed_by_others()
        b.undo_change()
        b.confirm(1)
        assert a.changed_by_others() and not a.changed_by_others()


def test_each_session_undoes_its_own_steps(path):
    with Project.open(path, author="anna") as a, Project.open(path, author="ben") as b:
        a.confirm(0)
        b.merge_next(2)
        a.reject(1)
        assert a.undo_label == "rejected" and b.undo_label == "merge"
        a.undo()
        a.undo()  # A's confirm, not B's later merge
        assert not a.can_undo
        assert [r.status for r in b.beads()][:2] == ["unreviewed", "unreviewed"]
        assert len(b) == 4 and b.bead(2).kind == "2-3"
        last = a.latest_step
        assert (last.label, last.author, last.mine, last.live) == ("merge", "ben", False, True)
        b.undo()
        assert len(a) == 5
        assert a.redo_label == "confirmed"  # A's redo is A's: the confirm undone last
        assert a.redo() and a.bead(0).status == "confirmed"


def test_undo_of_a_step_someone_changed_since_names_that_step(path):
    with Project.open(path, author="anna") as a, Project.open(path, author="ben") as b:
        a.merge_next(1)
        b.confirm(b.bead(1))  # B confirms the bead A's merge made
        before = [(r.id, r.status, r.kind) for r in a.beads()]
        with pytest.raises(BitextError, match=r"ben changed the same beads .*'confirmed'"):
            a.undo()
        assert [(r.id, r.status, r.kind) for r in a.beads()] == before
        b.undo()
        assert a.undo() and len(a) == 5


def test_steps_of_a_closed_session_pass_to_the_next(path):
    with Project.open(path) as a:
        a.confirm(0)
        a.merge_next(1)
    with Project.open(path) as b, Project.open(path) as c:
        c.reject(3)
        assert b.undo_label == "merge"  # the closed session's steps are anyone's to undo
        b.undo()
        assert c.undo_label == "rejected"  # C's own step first
        c.undo()
        assert c.undo_label == "confirmed" and b.undo_label == "confirmed"
        assert b.redo_label == "merge" and c.redo_label == "rejected"  # B took the merge over


KEEPER = textwrap.dedent(
    """
    import sys, time
    from aligner.project import Project

    p = Project.open(sys.argv[1], author="killed")
    p.merge_next(0)
    print("done", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_steps_of_a_live_process_are_its_own_until_it_is_gone(path):
    proc = subprocess.Popen(
        [sys.executable, "-c", KEEPER, str(path)], stdout=subprocess.PIPE, text=True, env=ENV
    )
    try:
        assert proc.stdout.readline().strip() == "done"
        with Project.open(path) as p:
            assert not p.can_undo
            assert p.latest_step.author == "killed" and p.latest_step.live
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            assert p.undo_label == "merge"  # its process is gone: the step may be undone
            assert p.undo() and len(p) == 5
    finally:
        if proc.poll() is None:
            proc.kill()


def test_history_of_an_older_file_belongs_to_no_live_session(path):
    import sqlite3

    with Project.open(path) as p:
        p.confirm(0)
    db = sqlite3.connect(path)
    db.execute("UPDATE history SET session = NULL, author = NULL")  # as before sessions
    db.commit()
    db.close()
    with Project.open(path) as p:
        steps = p.history_steps()
        assert [(s.label, s.author, s.mine, s.live) for s in steps] == [
            ("confirmed", "", False, False)
        ]
        assert p.undo() and p.progress()["confirmed"] == 0


def test_a_failed_first_edit_does_not_leave_a_half_registered_session(path):
    with Project.open(path) as p:
        with pytest.raises(BitextError):
            p.merge_next(4)  # the last bead: nothing to merge with
        p.confirm(0)
        assert p.undo_label == "confirmed"
