"""Two processes on one project, and a writer killed with SIGKILL mid-session."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from project_helpers import make_project  # noqa: E402

from aligner.errors import BitextError  # noqa: E402
from aligner.project import (
    Project,  # noqa: E402
    connection,  # noqa: E402
)

ROOT = Path(__file__).resolve().parent.parent


def test_two_handles_see_each_others_edits(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    with Project.open(path) as a, Project.open(path) as b:
        a.confirm(0)
        b.merge_next(1)  # b works on the state a left
        assert a.bead(0).status == "confirmed"
        assert len(a) == 4 and a.bead(1).kind == "2-2"
        a.undo()  # each undoes its own steps: a's confirm, not b's later merge
        assert len(b) == 4 and b.bead(0).status == "unreviewed"
        assert not a.can_undo and b.undo_label == "merge"
        a.check()


def test_busy_project_gives_a_clear_message(tmp_path, monkeypatch):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer in the middle of a transaction
    try:
        with Project.open(path) as p:
            assert len(p) == 5  # reading still works under WAL
            with pytest.raises(BitextError, match="busy"):
                p.confirm(0)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Project.open(path) as p:
        assert p.bead(0).status == "unreviewed"
        p.confirm(0)
        assert p.bead(0).status == "confirmed"


WRITER = textwrap.dedent(
    """
    import sys
    from aligner.project import Project

    with Project.open(sys.argv[1]) as p:
        n = len(p)
        i = 0
        while True:
            p.set_note(i % n, f"note {i}")
            p.edit("src", i % n, f"Satz {i}.")
            print(i, flush=True)
            i += 1
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_no_committed_edit(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    last = -1
    try:
        for line in proc.stdout:
            last = int(line)
            if last >= 150:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert last >= 150, "the writer did not get going"
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    with Project.open(path) as p:
        p.check()
        n = len(p)
        notes = [b.note for b in p.beads()]
        texts = p.segment_texts("src")
        for pos in range(n):
            # The last edit printed for this bead (or a later one, committed
            # but not yet printed when the kill came) must be in the file.
            printed = max(i for i in range(last + 1) if i % n == pos)
            assert int(notes[pos].split()[1]) >= printed
            assert int(texts[pos].split()[1].rstrip(".")) >= printed
        assert p.info()["history"]["undo"] >= 2 * (last + 1)


TOGGLER = textwrap.dedent(
    """
    import sys
    from aligner.project import Project

    with Project.open(sys.argv[1]) as p:
        position = int(sys.argv[2])
        for i in range(60):
            p.set_note(position, f"{sys.argv[2]}:{i}")
            p.confirm(position) if i % 2 else p.reject(position)
    """
)


def test_two_processes_editing_at_once(tmp_path):
    path = tmp_path / "p.bitext"
    make_project(path).close()
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    procs = [
        subprocess.Popen([sys.executable, "-c", TOGGLER, str(path), str(pos)], cwd=ROOT, env=env,
                         stderr=subprocess.PIPE, text=True)
        for pos in (0, 3)
    ]  # fmt: skip
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Project.open(path) as p:
        p.check()
        assert p.bead(0).note == "0:59" and p.bead(3).note == "3:59"
        assert p.bead(0).status == p.bead(3).status == "confirmed"
        assert p.info()["history"]["undo"] == 2 * 2 * 60
